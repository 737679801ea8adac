using ElcBot.Clustering.Evaluation;

namespace ElcBot.Tests.Clustering;

public sealed class ClusteringMetricsTests
{
    // Hand-computed: truth {0,0,1,1}, found {0,0,0,1}. Contingency [[2,0],[1,1]].
    private static readonly int[] Truth = [0, 0, 1, 1];
    private static readonly int[] Found = [0, 0, 0, 1];

    [Fact]
    public void Should_score_one_when_clusters_match_labels_under_other_names()
    {
        int[] truth = [0, 0, 1, 1, 2];
        int[] found = [7, 7, 3, 3, 5];

        Assert.Equal(1.0, ClusteringMetrics.Nmi(truth, found), 10);
        Assert.Equal(1.0, ClusteringMetrics.Ari(truth, found), 10);
        Assert.Equal(1.0, ClusteringMetrics.Accuracy(truth, found), 10);
    }

    [Fact]
    public void Should_match_the_hand_computed_nmi_when_one_item_is_misplaced()
    {
        // I = 0.5 ln(4/3) + 0.25 ln(2/3) + 0.25 ln 2 ; H(truth) = ln 2 ; H(found) = -(0.75 ln 0.75 + 0.25 ln 0.25).
        var mutual = (0.5 * Math.Log(4.0 / 3)) + (0.25 * Math.Log(2.0 / 3)) + (0.25 * Math.Log(2));
        var expected = mutual / ((Math.Log(2) - ((0.75 * Math.Log(0.75)) + (0.25 * Math.Log(0.25)))) / 2);

        Assert.Equal(expected, ClusteringMetrics.Nmi(Truth, Found), 10);
    }

    [Fact]
    public void Should_match_the_hand_computed_ari_when_one_item_is_misplaced()
    {
        // Pairs together in both: C(2,2) = 1. Truth pairs: 2. Found pairs: C(3,2) = 3. All pairs: 6.
        var expected = (1 - (2.0 * 3 / 6)) / (((2 + 3) / 2.0) - (2.0 * 3 / 6));

        Assert.Equal(expected, ClusteringMetrics.Ari(Truth, Found), 10);
    }

    [Fact]
    public void Should_count_the_best_one_to_one_matching_when_scoring_accuracy()
    {
        // Greedy would give found 0 -> label 0 (2 right); the best matching also maps found 1 -> label 1: 3 of 4.
        Assert.Equal(0.75, ClusteringMetrics.Accuracy(Truth, Found), 10);
    }

    [Fact]
    public void Should_not_reuse_a_label_when_more_clusters_than_labels_are_found()
    {
        int[] truth = [0, 0, 0, 0];
        int[] found = [0, 0, 1, 1];

        Assert.Equal(0.5, ClusteringMetrics.Accuracy(truth, found), 10);
    }

    [Fact]
    public void Should_find_the_minimum_cost_assignment_when_greedy_choice_is_wrong()
    {
        var cost = new double[,] { { 1, 2, 3 }, { 2, 4, 6 }, { 3, 6, 9 } };

        var assignment = Hungarian.Solve(cost);

        Assert.Equal(new[] { 2, 1, 0 }, assignment);
    }
}
