using ElcBot.Clustering.Vectors;

namespace ElcBot.Clustering.Grouping;

/// <summary>Chooses k (unless told), runs spherical k-means, then moves outliers and tiny groups to "other".</summary>
public static class ThemeClusterer
{
    /// <summary>A row whose cosine to its centre is below this is not about the theme, whatever the cluster's spread.</summary>
    public const float SimilarityFloor = 0.2f;

    /// <summary>Clusters the rows; <paramref name="themeCount"/> null means choose.</summary>
    public static ClusterOutcome Cluster(FeatureMatrix x, int? themeCount, int seed, int minThemeSize, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(x);
        var n = x.Count;
        if (n == 0)
        {
            return new ClusterOutcome([], [], 0);
        }

        // Fewer than four rows cannot be split meaningfully; one cluster, then the floor decides who belongs.
        var k = n < 4 ? 1 : Math.Clamp(themeCount ?? ThemeCountChooser.Choose(x, seed, cancellationToken), 1, n);
        var fit = KMeansSearch.Fit(x, k, seed, cancellationToken);
        return Finish(x, fit, Math.Max(2, minThemeSize));
    }

    private static ClusterOutcome Finish(FeatureMatrix x, KMeansResult fit, int minThemeSize)
    {
        var n = fit.Assignments.Length;
        var labels = (int[])fit.Assignments.Clone();
        var similarities = new float[n];
        var leaveOneOut = new float[n];
        MemberSimilarities(x, labels, fit.K, similarities, new float[n]);

        // Whether a row belongs is judged on meaning alone: the word part of a short text is sparse, so its blended
        // cosine is low even when it plainly shares the theme's subject (10 % of StackOverflow titles fell out so).
        MemberSimilarities(x.Meaning(), labels, fit.K, new float[n], leaveOneOut);
        var (sum, sumSquares, count) = (new double[fit.K], new double[fit.K], new int[fit.K]);
        for (var i = 0; i < n; i++)
        {
            var (c, s) = (labels[i], similarities[i]);
            (sum[c], sumSquares[c], count[c]) = (sum[c] + s, sumSquares[c] + ((double)s * s), count[c] + 1);
        }

        // Out if it hardly resembles the rest of its cluster, or sits far below that cluster's typical fit.
        for (var i = 0; i < n; i++)
        {
            var c = labels[i];
            var mean = sum[c] / count[c];
            var spread = Math.Sqrt(Math.Max(0, (sumSquares[c] / count[c]) - (mean * mean)));
            if (leaveOneOut[i] < SimilarityFloor || (count[c] > 5 && similarities[i] < mean - (2.5 * spread)))
            {
                labels[i] = ClusterOutcome.Other;
            }
        }

        var sizes = labels.Where(l => l >= 0).GroupBy(l => l).ToDictionary(g => g.Key, g => g.Count());
        var order = sizes.Where(p => p.Value >= minThemeSize).OrderByDescending(p => p.Value).ThenBy(p => p.Key)
            .Select((p, rank) => (p.Key, rank)).ToDictionary(p => p.Key, p => p.rank);
        for (var i = 0; i < n; i++)
        {
            labels[i] = labels[i] >= 0 && order.TryGetValue(labels[i], out var rank) ? rank : ClusterOutcome.Other;
        }

        return new ClusterOutcome(labels, similarities, order.Count);
    }

    // Cosine of each row to its cluster's mean direction, with and without the row itself. Without it matters in
    // small clusters, where a row pulls the centre towards itself (two unrelated texts would otherwise look alike).
    private static void MemberSimilarities(FeatureMatrix x, int[] labels, int k, float[] similarities, float[] leaveOneOut)
    {
        var width = x.Width;
        var sums = new float[k * width];
        for (var i = 0; i < labels.Length; i++)
        {
            x.AddTo(i, sums.AsSpan(labels[i] * width, width));
        }

        var squaredNorms = Enumerable.Range(0, k).Select(c => (double)System.Numerics.Tensors.TensorPrimitives.Dot(sums.AsSpan(c * width, width), sums.AsSpan(c * width, width))).ToArray();
        for (var i = 0; i < labels.Length; i++)
        {
            var self = Math.Max(1e-12, x.RowDot(i, i));
            double dot = x.Dot(i, sums.AsSpan(labels[i] * width, width));
            similarities[i] = (float)(dot / Math.Sqrt(Math.Max(1e-12, squaredNorms[labels[i]] * self)));
            var rest = squaredNorms[labels[i]] - (2 * dot) + self;
            leaveOneOut[i] = rest <= 1e-9 ? 0f : (float)((dot - self) / Math.Sqrt(rest * self));
        }
    }
}
