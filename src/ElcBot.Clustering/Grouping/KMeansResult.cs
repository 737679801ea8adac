namespace ElcBot.Clustering.Grouping;

/// <summary>One clustering: which centroid each row went to, the centroids, and how tight it is.</summary>
/// <param name="Assignments">Cluster of each row, in row order.</param>
/// <param name="Centroids">K unit-length centroids, each <see cref="Width"/> floats, one after another.</param>
/// <param name="Similarities">Cosine of each row to its centroid.</param>
/// <param name="K">Number of clusters.</param>
/// <param name="Width">Length of one centroid.</param>
public sealed record KMeansResult(int[] Assignments, float[] Centroids, float[] Similarities, int K, int Width)
{
    /// <summary>Mean cosine of rows to their centroids: the spherical k-means objective (higher is better).</summary>
    public double Objective => Similarities.Length == 0 ? 0 : Similarities.Average(s => (double)s);

    /// <summary>Centroid c.</summary>
    public ReadOnlySpan<float> Centroid(int c) => Centroids.AsSpan(c * Width, Width);
}
