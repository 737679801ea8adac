using System.Numerics.Tensors;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace ElcBot.Clustering.Vectors;

/// <summary>The few vector operations the engine needs, on SIMD.</summary>
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
    /// <remarks>
    /// Optimised from the first call, unlike a library call that starts in unoptimised code: clustering one round
    /// makes millions of these calls within a second or two, before tiered compilation would have caught up.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static float Dot(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        if (a.Length != b.Length)
        {
            throw new ArgumentException("Both vectors must have the same length.", nameof(b));
        }

        if (!Vector256.IsHardwareAccelerated || a.Length < 16)
        {
            return TensorPrimitives.Dot(a, b);
        }

        ref var left = ref MemoryMarshal.GetReference(a);
        ref var right = ref MemoryMarshal.GetReference(b);
        var (first, second) = (Vector256<float>.Zero, Vector256<float>.Zero);
        var i = 0;
        for (; i + 16 <= a.Length; i += 16)
        {
            first = Vector256.FusedMultiplyAdd(Vector256.LoadUnsafe(ref left, (nuint)i), Vector256.LoadUnsafe(ref right, (nuint)i), first);
            second = Vector256.FusedMultiplyAdd(Vector256.LoadUnsafe(ref left, (nuint)(i + 8)), Vector256.LoadUnsafe(ref right, (nuint)(i + 8)), second);
        }

        var sum = Vector256.Sum(first + second);
        for (; i < a.Length; i++)
        {
            sum += a[i] * b[i];
        }

        return sum;
    }
}
