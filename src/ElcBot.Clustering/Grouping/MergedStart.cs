using ElcBot.Clustering.Vectors;

namespace ElcBot.Clustering.Grouping;

/// <summary>
/// Starting centres for k-means from finer clusters merged by Ward's method: twice as many clusters as wanted
/// are found first, then the closest are joined, so two centres rarely start inside one true group.
/// </summary>
public static class MergedStart
{
    /// <summary>How many fine clusters each wanted cluster starts from.</summary>
    public const int FineClustersPerTheme = 2;

    /// <summary>K unit centres laid out one after another, or null when the rows are too few for fine clusters.</summary>
    public static float[]? Centres(FeatureMatrix x, int[] rows, int k, int seed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(rows);
        var fine = FineClustersPerTheme * k;

        // Fine clusters of one or two rows say nothing about where groups lie; below this, k-means++ alone seeds.
        if (k < 2 || rows.Length < 4 * fine)
        {
            return null;
        }

        var fit = SphericalKMeans.Fit(x, fine, new KMeansSettings(seed, Restarts: 1, MaxIterations: 25), rows, cancellationToken);
        var merged = WardMerger.Cut(WardMerger.Build(fit, cancellationToken), k);
        var width = x.Width;
        var centres = new float[k * width];
        for (var r = 0; r < rows.Length; r++)
        {
            x.AddTo(rows[r], centres.AsSpan(merged[fit.Assignments[r]] * width, width));
        }

        for (var c = 0; c < k; c++)
        {
            VectorMath.NormaliseInPlace(centres.AsSpan(c * width, width));
        }

        return centres;
    }
}
