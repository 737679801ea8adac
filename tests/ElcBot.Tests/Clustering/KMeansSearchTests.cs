using ElcBot.Clustering.Evaluation;
using ElcBot.Clustering.Grouping;
using ElcBot.Clustering.Vectors;

namespace ElcBot.Tests.Clustering;

public sealed class KMeansSearchTests
{
    [Fact]
    public void Should_recover_planted_groups_and_repeat_itself_when_rows_exceed_the_sample()
    {
        var (vectors, truth) = PlantedGroups.Make(groups: 12, perGroup: 360, seed: 17, noise: 0.9f);
        var x = FeatureMatrix.FromVectors(vectors);

        var first = KMeansSearch.Fit(x, 12, 42, CancellationToken.None);
        var second = KMeansSearch.Fit(x, 12, 42, CancellationToken.None);

        Assert.True(x.Count > KMeansSearch.SampleLimit);
        Assert.True(ClusteringMetrics.Accuracy(truth, first.Assignments) >= 0.98);
        Assert.Equal(first.Assignments, second.Assignments);
    }

    [Fact]
    public void Should_be_at_least_as_tight_as_plain_restarts_when_groups_differ_in_size()
    {
        // Groups of very different sizes are where k-means++ most often puts two centres in one big group.
        var random = new Random(5);
        var vectors = new List<float[]>();
        foreach (var (size, index) in new[] { 400, 250, 120, 60, 30, 30, 20, 20 }.Select((s, i) => (s, i)))
        {
            var centre = PlantedGroups.Direction(random);
            vectors.AddRange(Enumerable.Range(0, size).Select(_ => VectorMath.Normalised(centre.Zip(PlantedGroups.Direction(random), (c, n) => c + (0.8f * n)).ToArray())));
        }

        var x = FeatureMatrix.FromVectors(vectors);
        var plain = SphericalKMeans.Fit(x, 8, new KMeansSettings(42, Restarts: KMeansSearch.PlusPlusRestarts), null, CancellationToken.None);

        var searched = KMeansSearch.Fit(x, 8, 42, CancellationToken.None);

        Assert.True(searched.Objective >= plain.Objective - 1e-6, $"{searched.Objective} against {plain.Objective}");
    }

    [Fact]
    public void Should_stop_when_cancelled_during_the_search()
    {
        var (vectors, _) = PlantedGroups.Make(groups: 4, perGroup: 50, seed: 2);
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => KMeansSearch.Fit(FeatureMatrix.FromVectors(vectors), 4, 42, cancelled.Token));
    }

    [Fact]
    public void Should_give_no_merged_start_when_rows_are_too_few_for_fine_clusters()
    {
        var (vectors, _) = PlantedGroups.Make(groups: 3, perGroup: 7, seed: 6);
        var rows = Enumerable.Range(0, vectors.Count).ToArray();

        Assert.Null(MergedStart.Centres(FeatureMatrix.FromVectors(vectors), rows, 3, 42, CancellationToken.None));
    }

    [Fact]
    public void Should_start_one_centre_in_each_planted_group_when_groups_are_clear()
    {
        var (vectors, truth) = PlantedGroups.Make(groups: 6, perGroup: 50, seed: 11, noise: 0.5f);
        var x = FeatureMatrix.FromVectors(vectors);
        var rows = Enumerable.Range(0, x.Count).ToArray();

        var centres = MergedStart.Centres(x, rows, 6, 42, CancellationToken.None)!;

        var nearest = rows.Select(r => Enumerable.Range(0, 6).MaxBy(c => x.Dot(r, centres.AsSpan(c * x.Width, x.Width)))).ToArray();
        Assert.Equal(1.0, ClusteringMetrics.Accuracy(truth, nearest), 6);
    }
}
