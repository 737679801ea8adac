using System.Runtime.CompilerServices;
using ElcBot.Clustering.Vectors;

namespace ElcBot.Clustering.Grouping;

/// <summary>
/// Picks the number of themes from the mean silhouette (cosine) on a sample: one fine k-means run, then every
/// coarser grouping from Ward's merges of it, so the cost stays flat however many contributions a round holds.
/// </summary>
public static class ThemeCountChooser
{
    /// <summary>Rows the silhouette is measured on; its pairwise table is this squared, in floats.</summary>
    public const int SampleSize = 1500;

    /// <summary>Summaries stay readable with at most this many themes.</summary>
    public const int MaxThemes = 60;

    /// <summary>A flat curve's plateau starts where the silhouette reaches this share of the best; a curve whose last score is below it has a real maximum.</summary>
    public const double PlateauShare = 0.8;

    /// <summary>A best silhouette above this means well-separated groups, whose peak is trusted as it is.</summary>
    public const double ClearStructure = 0.25;

    /// <summary>Independent samples whose silhouette curves are averaged; one sample's curve wanders by several k.</summary>
    public const int Samples = 3;

    /// <summary>The chosen k, between 3 and <see cref="MaxThemes"/> (2 for very few rows; callers handle fewer than four).</summary>
    public static int Choose(FeatureMatrix x, int seed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(x);

        // How many themes there are is a question about meanings: the curve is measured on the embedding alone, where
        // a short text's few words cannot make it look unlike everything else.
        x = x.Meaning();
        // A round of no more than SampleSize rows is its own sample: more samples would only repeat it.
        var samples = x.Count <= SampleSize ? 1 : Samples;
        // Samples are independent and each is seeded on its own, so they run side by side.
        var curves = new IReadOnlyList<(int K, double Score)>[samples];
        Parallel.For(0, samples, new ParallelOptions { CancellationToken = cancellationToken }, s => curves[s] = Curve(x, SeedMix.Mix(seed, s), cancellationToken));

        var scores = curves.SelectMany(c => c).GroupBy(p => p.K).OrderBy(g => g.Key)
            .Select(g => new SilhouettePoint(g.Key, g.Average(p => p.Score), StandardError(g.Select(p => p.Score).ToArray()))).ToArray();
        return scores.Length == 0 ? 2 : Pick(scores);
    }

    /// <summary>The number of themes a silhouette curve supports (points in ascending k, at least one).</summary>
    public static int Pick(IReadOnlyList<SilhouettePoint> scores)
    {
        ArgumentNullException.ThrowIfNull(scores);

        // Clear structure (a high silhouette) has a real peak: take it.
        var best = scores.MaxBy(p => p.Mean)!;
        if (best.Mean <= 0 || best.Mean >= ClearStructure)
        {
            return best.K;
        }

        // The climb starts from the curve's lowest point before the best: a high score at 3 or 4 groups that only sets
        // apart one very distinct group (all the "Nothing." answers) is not where the climb to the best begins.
        var lowest = scores.Where(p => p.K <= best.K).MinBy(p => p.Mean)!.K;
        var climb = scores.Where(p => p.K >= lowest).ToArray();

        // A curve that falls well away after its best has a real maximum, blurred by sampling: the fewest themes
        // within one standard error of it (the "one standard error" rule of the gap statistic) are as well supported.
        if (scores[^1].Mean < PlateauShare * best.Mean)
        {
            return climb.First(p => p.Mean >= best.Mean - best.Error).K;
        }

        // On sentence embeddings the silhouette often rises slowly to a long flat plateau with no maximum to speak of;
        // the plateau's start gives readable themes where its far end would give many thin ones.
        return climb.First(p => p.Mean >= PlateauShare * best.Mean).K;
    }

    // Standard error of a mean over samples; zero from one sample, where the best is then taken as it is.
    private static double StandardError(double[] values)
    {
        if (values.Length < 2)
        {
            return 0;
        }

        var mean = values.Average();
        var variance = values.Sum(v => (v - mean) * (v - mean)) / (values.Length - 1);
        return Math.Sqrt(variance / values.Length);
    }

    // Mean silhouette at every k from 3 up, on one sample: one fine k-means, then every coarser grouping from Ward's merges.
    private static IReadOnlyList<(int K, double Score)> Curve(FeatureMatrix x, int seed, CancellationToken cancellationToken)
    {
        var sample = Sampling.Choose(Enumerable.Range(0, x.Count).ToArray(), SampleSize, new Random(seed));
        var m = sample.Length;
        var highest = Math.Min(MaxThemes, Math.Max(2, m / 4));
        var fine = SphericalKMeans.Fit(x, highest, new KMeansSettings(seed, Restarts: 1, MaxIterations: 25), sample, cancellationToken);
        var tree = WardMerger.Build(fine, cancellationToken);
        var silhouette = new Silhouette(PairwiseDistances(x, sample, cancellationToken), fine.Assignments, fine.K, cancellationToken);
        var scores = new double[Math.Max(0, fine.K - 2)];
        Parallel.For(0, scores.Length, new ParallelOptions { CancellationToken = cancellationToken }, i => scores[i] = silhouette.Mean(WardMerger.Cut(tree, i + 3), i + 3));
        return scores.Select((score, i) => (i + 3, score)).ToArray();
    }

    private static float[] PairwiseDistances(FeatureMatrix x, int[] sample, CancellationToken cancellationToken)
    {
        var m = sample.Length;
        var distances = new float[m * m];
        Parallel.For(0, m, new ParallelOptions { CancellationToken = cancellationToken }, i => FillRow(x, sample, i, distances));
        return distances;
    }

    // Optimised from the first call: the loop runs a million times once per summary, too few calls for tiering to help.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void FillRow(FeatureMatrix x, int[] sample, int i, float[] distances)
    {
        var m = sample.Length;
        for (var j = i + 1; j < m; j++)
        {
            var d = Math.Max(0f, 1f - x.RowDot(sample[i], sample[j]));
            distances[(i * m) + j] = d;
            distances[(j * m) + i] = d;
        }
    }
}

