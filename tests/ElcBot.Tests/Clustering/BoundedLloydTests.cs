using ElcBot.Clustering.Grouping;
using ElcBot.Clustering.Vectors;

namespace ElcBot.Tests.Clustering;

public sealed class BoundedLloydTests
{
    [Fact]
    public void Should_assign_rows_as_a_full_scan_does_when_bounds_let_rows_be_skipped()
    {
        var (vectors, _) = PlantedGroups.Make(groups: 7, perGroup: 60, seed: 21, noise: 0.9f);
        var x = FeatureMatrix.FromVectors(vectors);
        var rows = Enumerable.Range(0, x.Count).ToArray();
        var start = KMeansPlusPlus.Seed(x, rows, 7, new Random(4), CancellationToken.None);
        var settings = new KMeansSettings(MaxIterations: 60, Tolerance: 0);

        var bounded = BoundedLloyd.Refine(x, rows, (float[])start.Clone(), 7, settings, CancellationToken.None);
        var (assignments, centroids) = FullScanLloyd(x, rows, (float[])start.Clone(), 7, settings.MaxIterations);

        Assert.Equal(assignments, bounded.Assignments);
        Assert.All(bounded.Centroids.Zip(centroids), p => Assert.Equal(p.Second, p.First, 4));
    }

    [Fact]
    public void Should_assign_rows_as_a_full_scan_does_when_some_rows_have_no_words()
    {
        // Rows without words are shorter than one in the blended space; the bounds must use each row's own length.
        var (vectors, _) = PlantedGroups.Make(groups: 5, perGroup: 40, seed: 8, noise: 0.8f);
        var words = WordRows(vectors.Count, columns: 12, new Random(3));
        var x = FeatureMatrix.Combine(vectors, words, 0.6f);
        var rows = Enumerable.Range(0, x.Count).ToArray();
        var start = KMeansPlusPlus.Seed(x, rows, 5, new Random(9), CancellationToken.None);
        var settings = new KMeansSettings(MaxIterations: 60, Tolerance: 0);

        var bounded = BoundedLloyd.Refine(x, rows, (float[])start.Clone(), 5, settings, CancellationToken.None);
        var (assignments, _) = FullScanLloyd(x, rows, (float[])start.Clone(), 5, settings.MaxIterations);

        Assert.Equal(assignments, bounded.Assignments);
    }

    [Fact]
    public void Should_stop_when_cancelled_during_refinement()
    {
        var (vectors, _) = PlantedGroups.Make(groups: 3, perGroup: 20, seed: 1);
        var x = FeatureMatrix.FromVectors(vectors);
        var rows = Enumerable.Range(0, x.Count).ToArray();
        var start = KMeansPlusPlus.Seed(x, rows, 3, new Random(1), CancellationToken.None);
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => BoundedLloyd.Refine(x, rows, start, 3, new KMeansSettings(), cancelled.Token));
    }

    // Plain Lloyd: every row against every centre, every iteration, until nothing moves.
    private static (int[] Assignments, float[] Centroids) FullScanLloyd(FeatureMatrix x, int[] rows, float[] centroids, int k, int iterations)
    {
        var assignments = Enumerable.Repeat(-1, rows.Length).ToArray();
        var similarities = new float[rows.Length];
        for (var i = 0; i < iterations; i++)
        {
            var changed = SphericalKMeans.Assign(x, rows, centroids, k, assignments, similarities, CancellationToken.None);
            SphericalKMeans.Update(x, rows, centroids, k, assignments, () => similarities);
            if (changed == 0)
            {
                break;
            }
        }

        SphericalKMeans.Assign(x, rows, centroids, k, assignments, similarities, CancellationToken.None);
        return (assignments, centroids);
    }

    // Unit rows of one to three random words; every fourth row has none.
    private static SparseRows WordRows(int count, int columns, Random random)
    {
        var (starts, cols, values) = (new List<int> { 0 }, new List<int>(), new List<float>());
        for (var r = 0; r < count; r++)
        {
            var picked = r % 4 == 0 ? [] : Enumerable.Range(0, columns).OrderBy(_ => random.Next()).Take(1 + random.Next(3)).Order().ToArray();
            cols.AddRange(picked);
            values.AddRange(picked.Select(_ => 1 / MathF.Sqrt(picked.Length)));
            starts.Add(cols.Count);
        }

        return new SparseRows(starts.ToArray(), cols.ToArray(), values.ToArray(), columns);
    }
}
