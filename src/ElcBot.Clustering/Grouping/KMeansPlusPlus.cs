using System.Runtime.CompilerServices;
using ElcBot.Clustering.Vectors;

namespace ElcBot.Clustering.Grouping;

/// <summary>Greedy k-means++ seeding with cosine distance, on a sample when the rows are many.</summary>
public static class KMeansPlusPlus
{
    /// <summary>Seeding sees at most this many rows; more adds time but hardly better seeds.</summary>
    public const int MaxSeedingRows = 4000;

    /// <summary>Returns k unit-length centroids laid out one after another.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static float[] Seed(FeatureMatrix x, int[] rows, int k, Random random, CancellationToken cancellationToken)
    {
        var candidates = rows.Length <= MaxSeedingRows ? rows : Sampling.Choose(rows, MaxSeedingRows, random);
        var width = x.Width;
        var centroids = new float[k * width];
        var closest = new float[candidates.Length];
        Array.Fill(closest, float.PositiveInfinity);
        var trials = 2 + (int)Math.Log(k);
        var chosen = candidates[random.Next(candidates.Length)];
        for (var c = 0; c < k; c++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (c > 0)
            {
                chosen = PickNext(x, candidates, closest, trials, random);
            }

            var centroid = centroids.AsSpan(c * width, width);
            x.AddTo(chosen, centroid);
            VectorMath.NormaliseInPlace(centroid);
            for (var i = 0; i < candidates.Length; i++)
            {
                closest[i] = Math.Min(closest[i], Distance(x.Dot(candidates[i], centroid)));
            }
        }

        return centroids;
    }

    // Several draws in proportion to squared distance; keep the one that lowers total distance most (as scikit-learn does).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int PickNext(FeatureMatrix x, int[] candidates, float[] closest, int trials, Random random)
    {
        double total = 0;
        foreach (var d in closest)
        {
            total += (double)d * d;
        }

        // The drawn row is laid out like a centroid: a row's dot with it reads only that row's few words, where a
        // row-with-row dot walks both rows' word lists.
        var (bestRow, bestCost) = (candidates[0], double.PositiveInfinity);
        var drawn = new float[x.Width];
        for (var t = 0; t < trials; t++)
        {
            var row = total <= 0 ? candidates[random.Next(candidates.Length)] : Draw(candidates, closest, total, random);
            Array.Clear(drawn);
            x.AddTo(row, drawn);
            double cost = 0;
            for (var i = 0; i < candidates.Length; i++)
            {
                var d = Math.Min(closest[i], Distance(x.Dot(candidates[i], drawn)));
                cost += (double)d * d;
            }

            if (cost < bestCost)
            {
                (bestRow, bestCost) = (row, cost);
            }
        }

        return bestRow;
    }

    private static int Draw(int[] candidates, float[] closest, double total, Random random)
    {
        var target = random.NextDouble() * total;
        for (var i = 0; i < candidates.Length; i++)
        {
            target -= (double)closest[i] * closest[i];
            if (target <= 0)
            {
                return candidates[i];
            }
        }

        return candidates[^1];
    }

    private static float Distance(float cosine) => Math.Max(0f, 1f - cosine);
}
