using ElcBot.Clustering.Grouping;

namespace ElcBot.Tests.Clustering;

public sealed class SilhouetteTests
{
    [Fact]
    public void Should_equal_the_pair_by_pair_silhouette_when_fine_clusters_are_merged()
    {
        var random = new Random(7);
        var points = Enumerable.Range(0, 40).Select(_ => (X: random.NextDouble(), Y: random.NextDouble())).ToArray();
        var m = points.Length;
        var distances = new float[m * m];
        for (var i = 0; i < m; i++)
        {
            for (var j = 0; j < m; j++)
            {
                distances[(i * m) + j] = (float)Math.Sqrt(Math.Pow(points[i].X - points[j].X, 2) + Math.Pow(points[i].Y - points[j].Y, 2));
            }
        }

        var fine = Enumerable.Range(0, m).Select(i => i % 6).ToArray();
        int[] map = [0, 1, 2, 0, 1, 1];

        var table = new Silhouette(distances, fine, 6, CancellationToken.None);

        Assert.Equal(Direct(distances, fine.Select(f => map[f]).ToArray(), 3), table.Mean(map, 3), 5);
    }

    [Fact]
    public void Should_score_a_lone_row_as_zero_when_its_group_has_no_one_else()
    {
        // Rows 0-1 sit together, row 2 alone: the lone row adds 0, the pair adds (b - a) / b each with a = 0.
        float[] distances = [0, 0, 1, 0, 0, 1, 1, 1, 0];

        var table = new Silhouette(distances, [0, 0, 1], 2, CancellationToken.None);

        Assert.Equal(2.0 / 3.0, table.Mean([0, 1], 2), 6);
    }

    // The textbook definition, straight from the distances.
    private static double Direct(float[] distances, int[] groups, int k)
    {
        var m = groups.Length;
        double total = 0;
        for (var i = 0; i < m; i++)
        {
            var own = Enumerable.Range(0, m).Where(j => j != i && groups[j] == groups[i]).ToArray();
            if (own.Length == 0)
            {
                continue;
            }

            var a = own.Average(j => (double)distances[(i * m) + j]);
            var b = Enumerable.Range(0, k).Where(g => g != groups[i] && groups.Contains(g))
                .Min(g => Enumerable.Range(0, m).Where(j => groups[j] == g).Average(j => (double)distances[(i * m) + j]));
            total += (b - a) / Math.Max(a, b);
        }

        return total / m;
    }
}
