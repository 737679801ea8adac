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

    /// <summary>Lloyd iterations from given centroids (k * width floats, unit length).</summary>
    public static KMeansResult Refine(FeatureMatrix x, int[] rows, float[] centroids, int k, KMeansSettings settings, CancellationToken cancellationToken)
    {
        var width = x.Width;
        var assignments = new int[rows.Length];
        Array.Fill(assignments, -1);
        var similarities = new float[rows.Length];
        for (var iteration = 0; iteration < settings.MaxIterations; iteration++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var changed = Assign(x, rows, centroids, k, assignments, similarities, cancellationToken);
            Update(x, rows, centroids, k, assignments, similarities);
            if (changed <= settings.Tolerance * rows.Length)
            {
                break;
            }
        }

        // Final assignment so every row sits with its nearest (updated) centroid.
        Assign(x, rows, centroids, k, assignments, similarities, cancellationToken);
        return new KMeansResult(assignments, centroids, similarities, k, width);
    }

    /// <summary>Nearest centroid for each row; returns how many rows moved.</summary>
    public static int Assign(FeatureMatrix x, int[] rows, float[] centroids, int k, int[] assignments, float[] similarities, CancellationToken cancellationToken)
    {
        var width = x.Width;
        var changed = 0;
        var options = new ParallelOptions { CancellationToken = cancellationToken };
        Parallel.ForEach(Partitioner.Create(0, rows.Length, Math.Max(256, rows.Length / 16)), options, range =>
        {
            var local = 0;
            for (var r = range.Item1; r < range.Item2; r++)
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

                local += assignments[r] == bestCluster ? 0 : 1;
                assignments[r] = bestCluster;
                similarities[r] = bestSimilarity;
            }

            Interlocked.Add(ref changed, local);
        });
        return changed;
    }

    private static void Update(FeatureMatrix x, int[] rows, float[] centroids, int k, int[] assignments, float[] similarities)
    {
        var width = x.Width;
        Array.Clear(centroids);
        var sizes = new int[k];
        for (var r = 0; r < rows.Length; r++)
        {
            x.AddTo(rows[r], centroids.AsSpan(assignments[r] * width, width));
            sizes[assignments[r]]++;
        }

        // An empty cluster takes the row that fits its own cluster worst, so k stays k.
        using var worstFirst = (sizes.Contains(0)
            ? Enumerable.Range(0, rows.Length).OrderBy(r => similarities[r]).ThenBy(r => r)
            : Enumerable.Empty<int>()).GetEnumerator();
        for (var c = 0; c < k; c++)
        {
            if (sizes[c] == 0 && worstFirst.MoveNext())
            {
                var r = worstFirst.Current;
                var from = assignments[r];
                if (sizes[from] > 1)
                {
                    sizes[from]--;
                    assignments[r] = c;
                    sizes[c] = 1;
                    x.AddTo(rows[r], centroids.AsSpan(c * width, width));
                }
            }

            var centroid = centroids.AsSpan(c * width, width);
            var norm = TensorPrimitives.Norm(centroid);
            if (norm > 0)
            {
                TensorPrimitives.Divide(centroid, norm, centroid);
            }
        }
    }
}
