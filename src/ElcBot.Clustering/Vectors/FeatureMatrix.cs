using System.Numerics.Tensors;
using System.Runtime.CompilerServices;

namespace ElcBot.Clustering.Vectors;

/// <summary>
/// Rows to cluster: a dense embedding part, an optional sparse word part, or both side by side.
/// Each part is unit length and weighted so the whole row stays unit length, which makes a dot product a cosine.
/// </summary>
public sealed class FeatureMatrix
{
    private readonly float[]? dense;
    private readonly SparseRows? sparse;
    private readonly float denseWeight;
    private readonly float sparseWeight;

    private FeatureMatrix(float[]? dense, int denseDimensions, SparseRows? sparse, float denseWeight, int count)
    {
        this.dense = dense;
        this.sparse = sparse;
        DenseDimensions = denseDimensions;
        this.denseWeight = dense is null ? 0 : sparse is null ? 1 : MathF.Sqrt(denseWeight);
        sparseWeight = sparse is null ? 0 : dense is null ? 1 : MathF.Sqrt(1 - denseWeight);
        Count = count;
        Width = denseDimensions + (sparse?.ColumnCount ?? 0);
    }

    /// <summary>Number of rows.</summary>
    public int Count { get; }

    /// <summary>Length of a centroid: dense dimensions then sparse columns.</summary>
    public int Width { get; }

    /// <summary>Length of the dense part.</summary>
    public int DenseDimensions { get; }

    /// <summary>Unit-length embeddings only.</summary>
    public static FeatureMatrix FromVectors(IReadOnlyList<float[]> vectors) => Combine(vectors, null, 1f);

    /// <summary>Unit-length sparse rows only (for example TF-IDF).</summary>
    public static FeatureMatrix FromSparse(SparseRows rows) => new(null, 0, rows, 0f, rows.Count);

    /// <summary>Both parts; <paramref name="denseShare"/> of the squared length goes to the embedding.</summary>
    public static FeatureMatrix Combine(IReadOnlyList<float[]> vectors, SparseRows? words, float denseShare)
    {
        ArgumentNullException.ThrowIfNull(vectors);
        var dimensions = vectors.Count == 0 ? 0 : vectors[0].Length;
        var flat = new float[vectors.Count * dimensions];
        for (var i = 0; i < vectors.Count; i++)
        {
            if (vectors[i].Length != dimensions)
            {
                throw new ArgumentException("Every vector must have the same length.", nameof(vectors));
            }

            var row = flat.AsSpan(i * dimensions, dimensions);
            vectors[i].CopyTo(row);
            VectorMath.NormaliseInPlace(row);
        }

        if (words is not null && words.Count != vectors.Count)
        {
            throw new ArgumentException("The word rows must match the vectors one to one.", nameof(words));
        }

        return new FeatureMatrix(flat, dimensions, words, denseShare, vectors.Count);
    }

    /// <summary>The embedding part alone (this matrix when it has only one part): what a text means, without its exact words.</summary>
    public FeatureMatrix Meaning() => dense is null || sparse is null ? this : new FeatureMatrix(dense, DenseDimensions, null, 1f, Count);

    /// <summary>Cosine of row i with a unit-length centroid laid out as <see cref="Width"/> floats.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public float Dot(int row, ReadOnlySpan<float> centroid)
    {
        float sum = 0;
        if (dense is not null)
        {
            sum += denseWeight * VectorMath.Dot(dense.AsSpan(row * DenseDimensions, DenseDimensions), centroid[..DenseDimensions]);
        }

        if (sparse is not null)
        {
            var columns = sparse.ColumnsOf(row);
            var values = sparse.ValuesOf(row);
            float part = 0;
            for (var j = 0; j < columns.Length; j++)
            {
                part += values[j] * centroid[DenseDimensions + columns[j]];
            }

            sum += sparseWeight * part;
        }

        return sum;
    }

    /// <summary>Cosine of two rows.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public float RowDot(int a, int b)
    {
        float sum = 0;
        if (dense is not null)
        {
            sum += denseWeight * denseWeight * VectorMath.Dot(DenseRow(a), DenseRow(b));
        }

        if (sparse is not null)
        {
            sum += sparseWeight * sparseWeight * sparse.RowDot(a, b);
        }

        return sum;
    }

    /// <summary>Adds row i, weighted, to a centroid accumulator.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void AddTo(int row, Span<float> centroid)
    {
        if (dense is not null)
        {
            TensorPrimitives.MultiplyAdd(DenseRow(row), denseWeight, centroid[..DenseDimensions], centroid[..DenseDimensions]);
        }

        if (sparse is not null)
        {
            var columns = sparse.ColumnsOf(row);
            var values = sparse.ValuesOf(row);
            for (var j = 0; j < columns.Length; j++)
            {
                centroid[DenseDimensions + columns[j]] += sparseWeight * values[j];
            }
        }
    }

    /// <summary>The embedding part of row i (unit length).</summary>
    public ReadOnlySpan<float> DenseRow(int row) => dense.AsSpan(row * DenseDimensions, DenseDimensions);
}
