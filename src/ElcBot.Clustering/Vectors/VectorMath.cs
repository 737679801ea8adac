using System.Numerics.Tensors;

namespace ElcBot.Clustering.Vectors;

/// <summary>The few vector operations the engine needs, on SIMD through TensorPrimitives.</summary>
public static class VectorMath
{
    /// <summary>A unit-length copy; a zero vector stays zero rather than becoming NaN.</summary>
    public static float[] Normalised(ReadOnlySpan<float> vector)
    {
        var copy = vector.ToArray();
        NormaliseInPlace(copy);
        return copy;
    }

    /// <summary>Scales the vector to unit length in place.</summary>
    public static void NormaliseInPlace(Span<float> vector)
    {
        var norm = TensorPrimitives.Norm(vector);
        if (norm > 0 && float.IsFinite(norm))
        {
            TensorPrimitives.Divide(vector, norm, vector);
        }
    }

    /// <summary>Dot product; the cosine when both are unit length.</summary>
    public static float Dot(ReadOnlySpan<float> a, ReadOnlySpan<float> b) => TensorPrimitives.Dot(a, b);
}
