using ElcBot.Clustering.Vectors;

namespace ElcBot.Clustering.Grouping;

/// <summary>
/// Picks the number of themes by the mean silhouette (cosine) of k-means runs on a sample,
/// so the cost stays flat however many contributions a round holds.
/// </summary>
public static class ThemeCountChooser
{
    /// <summary>Rows the silhouette is measured on; its pairwise table is this squared, in floats.</summary>
    public const int SampleSize = 1500;

    /// <summary>Summaries stay readable with at most this many themes.</summary>
    public const int MaxThemes = 60;

    /// <summary>The chosen k, between 2 and <see cref="MaxThemes"/> (callers handle fewer than four rows).</summary>
    public static int Choose(FeatureMatrix x, int seed, CancellationToken cancellationToken)
    {
        var random = new Random(seed);
        var sample = Sampling.Choose(Enumerable.Range(0, x.Count).ToArray(), SampleSize, random);
        var m = sample.Length;
        var highest = Math.Min(MaxThemes, Math.Max(2, m / 4));
        var distances = PairwiseDistances(x, sample, cancellationToken);
        var (bestK, bestScore) = (2, double.NegativeInfinity);
        foreach (var k in Candidates(highest))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var fit = SphericalKMeans.Fit(x, k, new KMeansSettings(seed, Restarts: 2, MaxIterations: 25), sample, cancellationToken);
            var score = Silhouette.Mean(distances, m, fit.Assignments, k);
            if (score > bestScore)
            {
                (bestK, bestScore) = (k, score);
            }
        }

        return bestK;
    }

    // Every k while small, then steps of about 10 % so a big range costs a few dozen fits.
    private static IEnumerable<int> Candidates(int highest)
    {
        for (var k = 2; k <= highest; k += Math.Max(1, k / 10))
        {
            yield return k;
        }
    }

    private static float[] PairwiseDistances(FeatureMatrix x, int[] sample, CancellationToken cancellationToken)
    {
        var m = sample.Length;
        var distances = new float[m * m];
        Parallel.For(0, m, new ParallelOptions { CancellationToken = cancellationToken }, i =>
        {
            for (var j = i + 1; j < m; j++)
            {
                var d = Math.Max(0f, 1f - x.RowDot(sample[i], sample[j]));
                distances[(i * m) + j] = d;
                distances[(j * m) + i] = d;
            }
        });
        return distances;
    }
}
