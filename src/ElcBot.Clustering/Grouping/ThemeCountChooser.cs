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

    /// <summary>The first k whose silhouette reaches this share of the best is chosen.</summary>
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
        var scores = new SortedDictionary<int, double>();
        for (var s = 0; s < samples; s++)
        {
            foreach (var (k, score) in Curve(x, SeedMix.Mix(seed, s), cancellationToken))
            {
                scores[k] = scores.GetValueOrDefault(k) + (score / samples);
            }
        }

        if (scores.Count == 0)
        {
            return 2;
        }

        // Clear structure (a high silhouette) has a real peak: take it.
        var best = scores.Values.Max();
        if (best <= 0 || best >= ClearStructure)
        {
            return scores.First(p => p.Value == best).Key;
        }

        // On sentence embeddings the silhouette rises slowly to a long flat plateau; the plateau's start gives readable
        // themes where its maximum would give many thin ones. The climb starts from the curve's lowest point before the
        // best: a high score at 3 or 4 groups that only sets apart one very distinct group (all the "Nothing." answers)
        // is not where the plateau starts.
        var bestK = scores.First(p => p.Value == best).Key;
        var lowest = scores.Where(p => p.Key <= bestK).MinBy(p => p.Value).Key;
        return scores.First(p => p.Key >= lowest && p.Value >= PlateauShare * best).Key;
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

