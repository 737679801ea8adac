using System.Diagnostics;
using ElcBot.Clustering.Evaluation;
using ElcBot.Clustering.Grouping;
using ElcBot.Clustering.Text;
using ElcBot.Clustering.Vectors;

namespace ElcBot.Cli.Bench;

/// <summary>The three methods the benchmark compares, each timed from stored vectors (or texts) to clusters.</summary>
public static class BenchMethods
{
    /// <summary>Runs one method and scores it; "other" counts as one more cluster, as a reader would see it.</summary>
    public static MethodScore Score(string name, IReadOnlyList<int> truth, Func<int[]> run)
    {
        var clock = Stopwatch.StartNew();
        var found = run();
        var seconds = clock.Elapsed.TotalSeconds;
        var clusters = found.Where(f => f >= 0).Distinct().Count();
        return new MethodScore(name, clusters, Round(ClusteringMetrics.Nmi(truth, found)), Round(ClusteringMetrics.Ari(truth, found)),
            Round(ClusteringMetrics.Accuracy(truth, found)), Math.Round(seconds, 3));
    }

    public static int[] Engine(IReadOnlyList<string> texts, IReadOnlyList<float[]> vectors, int? k, int seed, CancellationToken cancellationToken)
    {
        var features = ThemeFeatures.Build(texts, vectors, cancellationToken);
        return ThemeClusterer.Cluster(features, k, seed, minThemeSize: 2, cancellationToken).Labels;
    }

    /// <summary>The baseline: TF-IDF (words in at least two texts) and k-means++ with one start, as scikit-learn's default.</summary>
    public static int[] TfIdfKMeans(IReadOnlyList<string> texts, int k, int seed, CancellationToken cancellationToken)
    {
        var features = FeatureMatrix.FromSparse(TfIdf.Build(texts, minDocumentFrequency: 2, cancellationToken));
        if (features.Width == 0)
        {
            // No word is in two texts (a handful of rows): nothing to cluster on, so one group, as on all-zero rows.
            return new int[texts.Count];
        }

        return SphericalKMeans.Fit(features, k, new KMeansSettings(seed, Restarts: 1, MaxIterations: 100), null, cancellationToken).Assignments;
    }

    /// <summary>Share of pairs grouped together in the first run that stay together in the second (items in both, themes only).</summary>
    public static double PairsKeptTogether(IReadOnlyList<int> before, IReadOnlyList<int> after)
    {
        var cells = new Dictionary<(int, int), long>();
        var rows = new Dictionary<int, long>();
        for (var i = 0; i < before.Count; i++)
        {
            if (before[i] < 0)
            {
                continue;
            }

            rows[before[i]] = rows.GetValueOrDefault(before[i]) + 1;
            if (after[i] >= 0)
            {
                cells[(before[i], after[i])] = cells.GetValueOrDefault((before[i], after[i])) + 1;
            }
        }

        double kept = cells.Values.Sum(c => c * (c - 1) / 2.0);
        double total = rows.Values.Sum(c => c * (c - 1) / 2.0);
        return total == 0 ? 1 : kept / total;
    }

    private static double Round(double value) => Math.Round(value, 4);
}
