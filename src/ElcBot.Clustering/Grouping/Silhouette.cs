using System.Runtime.CompilerServices;

namespace ElcBot.Clustering.Grouping;

/// <summary>
/// Mean silhouette of every grouping made by merging the same fine clusters: how much closer rows sit to their own
/// group than to the next. Each row's summed distance to each fine cluster is found once, so scoring one more
/// grouping costs rows times fine clusters, not rows squared.
/// </summary>
public sealed class Silhouette
{
    private readonly double[] sums;
    private readonly int[] fine;
    private readonly int[] fineSizes;
    private readonly int fineCount;

    /// <summary>Builds the table from a rows-by-rows distance table (row-major) and each row's fine cluster.</summary>
    public Silhouette(float[] distances, int[] fineAssignments, int fineCount, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(distances);
        ArgumentNullException.ThrowIfNull(fineAssignments);
        var m = fineAssignments.Length;
        (fine, this.fineCount, sums, fineSizes) = (fineAssignments, fineCount, new double[m * fineCount], new int[fineCount]);
        foreach (var f in fine)
        {
            fineSizes[f]++;
        }

        Parallel.For(0, m, new ParallelOptions { CancellationToken = cancellationToken }, i => SumRow(distances.AsSpan(i * m, m), sums.AsSpan(i * fineCount, fineCount)));
    }

    /// <summary>Mean silhouette when fine cluster f belongs to group map[f] (0 to groups - 1); lone rows score 0, as scikit-learn does.</summary>
    public double Mean(int[] map, int groups)
    {
        ArgumentNullException.ThrowIfNull(map);
        var sizes = new int[groups];
        for (var f = 0; f < fineCount; f++)
        {
            sizes[map[f]] += fineSizes[f];
        }

        var m = fine.Length;
        var toGroup = new double[groups];
        double total = 0;
        for (var i = 0; i < m; i++)
        {
            var own = map[fine[i]];
            if (sizes[own] <= 1)
            {
                continue;
            }

            Array.Clear(toGroup);
            var row = sums.AsSpan(i * fineCount, fineCount);
            for (var f = 0; f < fineCount; f++)
            {
                toGroup[map[f]] += row[f];
            }

            var a = toGroup[own] / (sizes[own] - 1);
            var b = double.PositiveInfinity;
            for (var g = 0; g < groups; g++)
            {
                if (g != own && sizes[g] > 0)
                {
                    b = Math.Min(b, toGroup[g] / sizes[g]);
                }
            }

            var spread = Math.Max(a, b);
            total += spread > 0 && !double.IsInfinity(b) ? (b - a) / spread : 0;
        }

        return total / m;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void SumRow(ReadOnlySpan<float> distances, Span<double> row)
    {
        for (var j = 0; j < distances.Length; j++)
        {
            row[fine[j]] += distances[j];
        }
    }
}
