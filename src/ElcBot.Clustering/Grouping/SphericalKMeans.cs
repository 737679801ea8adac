using System.Runtime.CompilerServices;
using System.Collections.Concurrent;
using System.Numerics.Tensors;
using ElcBot.Clustering.Vectors;

namespace ElcBot.Clustering.Grouping;

/// <summary>
/// K-means on the unit sphere (cosine similarity), seeded by greedy k-means++, with restarts.
/// Assignment runs on every core; centroid sums run in row order so results never depend on thread timing.
/// </summary>
public static class SphericalKMeans
{
    /// <summary>Clusters the given rows of <paramref name="x"/> (all rows when null) into <paramref name="k"/> groups.</summary>
    public static KMeansResult Fit(FeatureMatrix x, int k, KMeansSettings settings, int[]? rows, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(x);
        rows ??= Enumerable.Range(0, x.Count).ToArray();
        k = Math.Clamp(k, 1, Math.Max(1, rows.Length));
        KMeansResult? best = null;
        for (var restart = 0; restart < Math.Max(1, settings.Restarts); restart++)
        {
            var random = new Random(SeedMix.Mix(settings.Seed, restart, k));
            var centroids = KMeansPlusPlus.Seed(x, rows, k, random, cancellationToken);
            var result = Refine(x, rows, centroids, k, settings, cancellationToken);
            if (best is null || result.Objective > best.Objective)
            {
                best = result;
            }
        }

        return best!;
    }

    /// <summary>Lloyd iterations from given centroids (k * width floats, unit length); see <see cref="BoundedLloyd"/>.</summary>
    public static KMeansResult Refine(FeatureMatrix x, int[] rows, float[] centroids, int k, KMeansSettings settings, CancellationToken cancellationToken) =>
        BoundedLloyd.Refine(x, rows, centroids, k, settings, cancellationToken);

    /// <summary>Nearest centroid for each row; returns how many rows moved.</summary>
    public static int Assign(FeatureMatrix x, int[] rows, float[] centroids, int k, int[] assignments, float[] similarities, CancellationToken cancellationToken)
    {
        var changed = 0;
        var options = new ParallelOptions { CancellationToken = cancellationToken };
        Parallel.ForEach(Partitioner.Create(0, rows.Length, Math.Max(256, rows.Length / 16)), options, range =>
            Interlocked.Add(ref changed, AssignRange(x, rows, centroids, k, assignments, similarities, range.Item1, range.Item2)));
        return changed;
    }

    // Optimised from the first call: each summary runs this loop millions of times but calls it only a few times,
    // too few for tiered compilation to replace the first, unoptimised code in time.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int AssignRange(FeatureMatrix x, int[] rows, float[] centroids, int k, int[] assignments, float[] similarities, int from, int to)
    {
        var width = x.Width;
        var changed = 0;
        for (var r = from; r < to; r++)
        {
            var (bestCluster, bestSimilarity) = (0, float.NegativeInfinity);
            for (var c = 0; c < k; c++)
            {
                var s = x.Dot(rows[r], centroids.AsSpan(c * width, width));
                if (s > bestSimilarity)
                {
                    (bestCluster, bestSimilarity) = (c, s);
                }
            }

            changed += assignments[r] == bestCluster ? 0 : 1;
            assignments[r] = bestCluster;
            similarities[r] = bestSimilarity;
        }

        return changed;
    }

    /// <summary>
    /// Centroids become the normalised means of their rows. <paramref name="fits"/> gives each row's cosine to its
    /// centroid before the update; it is only asked for when a cluster is empty.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Update(FeatureMatrix x, int[] rows, float[] centroids, int k, int[] assignments, Func<float[]> fits)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(fits);
        var width = x.Width;
        var sizes = new int[k];
        foreach (var a in assignments)
        {
            sizes[a]++;
        }

        // An empty cluster takes the row that fits its own cluster worst, so k stays k.
        var similarities = sizes.Contains(0) ? fits() : [];
        using var worstFirst = (similarities.Length > 0
            ? Enumerable.Range(0, rows.Length).OrderBy(r => similarities[r]).ThenBy(r => r)
            : Enumerable.Empty<int>()).GetEnumerator();
        for (var c = 0; c < k; c++)
        {
            if (sizes[c] == 0 && worstFirst.MoveNext())
            {
                var r = worstFirst.Current;
                if (sizes[assignments[r]] > 1)
                {
                    sizes[assignments[r]]--;
                    assignments[r] = c;
                    sizes[c] = 1;
                }
            }
        }

        Array.Clear(centroids);
        for (var r = 0; r < rows.Length; r++)
        {
            x.AddTo(rows[r], centroids.AsSpan(assignments[r] * width, width));
        }

        for (var c = 0; c < k; c++)
        {
            var centroid = centroids.AsSpan(c * width, width);
            var norm = TensorPrimitives.Norm(centroid);
            if (norm > 0)
            {
                TensorPrimitives.Divide(centroid, norm, centroid);
            }
        }
    }
}
