using ElcBot.Clustering.Grouping;
using ElcBot.Clustering.Vectors;

namespace ElcBot.Tests.Clustering;

public sealed class ThemeClustererTests
{
    [Fact]
    public void Should_find_planted_groups_and_leave_out_the_stray_when_choosing_k_itself()
    {
        var (vectors, truth) = Planted(groups: 6, perGroup: 40, seed: 3);
        vectors.Add(Direction(new Random(99)));

        var outcome = ThemeClusterer.Cluster(FeatureMatrix.FromVectors(vectors), null, 42, 2, CancellationToken.None);

        Assert.Equal(6, outcome.ThemeCount);
        Assert.Equal(ClusterOutcome.Other, outcome.Labels[^1]);
        Assert.True(ElcBot.Clustering.Evaluation.ClusteringMetrics.Accuracy(truth, outcome.Labels[..^1]) >= 0.98);
    }

    [Fact]
    public void Should_find_planted_groups_when_the_round_is_larger_than_one_silhouette_sample()
    {
        var (vectors, _) = Planted(groups: 8, perGroup: 250, seed: 13);

        var k = ThemeCountChooser.Choose(FeatureMatrix.FromVectors(vectors), 42, CancellationToken.None);

        Assert.True(vectors.Count > ThemeCountChooser.SampleSize);
        Assert.Equal(8, k);
    }

    [Fact]
    public void Should_keep_most_pairs_together_when_a_few_items_are_added()
    {
        var (vectors, _) = Planted(groups: 8, perGroup: 30, seed: 5);
        var earlier = vectors.Take(vectors.Count - 6).ToList();

        var before = ThemeClusterer.Cluster(FeatureMatrix.FromVectors(earlier), null, 42, 2, CancellationToken.None).Labels;
        var after = ThemeClusterer.Cluster(FeatureMatrix.FromVectors(vectors), null, 42, 2, CancellationToken.None).Labels;

        var (kept, total) = (0, 0);
        for (var i = 0; i < earlier.Count; i++)
        {
            for (var j = i + 1; j < earlier.Count; j++)
            {
                if (before[i] >= 0 && before[i] == before[j])
                {
                    total++;
                    kept += after[i] == after[j] ? 1 : 0;
                }
            }
        }

        Assert.True(kept >= 0.9 * total, $"{kept} of {total} pairs kept");
    }

    private static (List<float[]> Vectors, int[] Truth) Planted(int groups, int perGroup, int seed) => PlantedGroups.Make(groups, perGroup, seed);

    private static float[] Direction(Random random) => PlantedGroups.Direction(random);
}
