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
    // The draws are made in order first, so the random sequence is fixed, then scored side by side.
    private static int PickNext(FeatureMatrix x, int[] candidates, float[] closest, int trials, Random random)
    {
        double total = 0;
        foreach (var d in closest)
        {
            total += (double)d * d;
        }

        var draws = new int[trials];
        for (var t = 0; t < trials; t++)
        {
            draws[t] = total <= 0 ? candidates[random.Next(candidates.Length)] : Draw(candidates, closest, total, random);
        }

        var costs = new double[trials];
        Parallel.For(0, trials, t => costs[t] = CostWith(x, candidates, closest, draws[t]));
        var best = 0;
        for (var t = 1; t < trials; t++)
        {
            best = costs[t] < costs[best] ? t : best;
        }

        return draws[best];
    }

    // Total squared distance if the drawn row became a centre. It is laid out like a centroid: a row's dot with it reads
    // only that row's few words, where a row-with-row dot walks both rows' word lists.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static double CostWith(FeatureMatrix x, int[] candidates, float[] closest, int drawn)
    {
        var centre = new float[x.Width];
        x.AddTo(drawn, centre);
        double cost = 0;
        for (var i = 0; i < candidates.Length; i++)
        {
            var d = Math.Min(closest[i], Distance(x.Dot(candidates[i], centre)));
            cost += (double)d * d;
        }

        return cost;
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
