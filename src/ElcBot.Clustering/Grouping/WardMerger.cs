namespace ElcBot.Clustering.Grouping;

/// <summary>
/// Ward's agglomerative merging of fine k-means clusters, one merge at a time, giving every coarser
/// grouping at once; updates use the Lance-Williams formula so each merge costs one pass over the groups.
/// </summary>
public static class WardMerger
{
    /// <summary>The merge history: step s joins group Right[s] into Left[s].</summary>
    /// <param name="Left">Group kept at each step.</param>
    /// <param name="Right">Group absorbed at each step.</param>
    /// <param name="Leaves">Number of fine clusters.</param>
    public sealed record Dendrogram(int[] Left, int[] Right, int Leaves);

    /// <summary>Builds the merge history from the fine clusters' unit centroids and sizes.</summary>
    public static Dendrogram Build(KMeansResult fine, CancellationToken cancellationToken)
    {
        var k = fine.K;
        var sizes = new double[k];
        foreach (var a in fine.Assignments)
        {
            sizes[a]++;
        }

        // Ward's cost of joining two groups: nA nB / (nA + nB) times the squared distance of their centres.
        var cost = new double[k, k];
        for (var a = 0; a < k; a++)
        {
            for (var b = a + 1; b < k; b++)
            {
                var squared = Math.Max(0, 2 - (2 * Vectors.VectorMath.Dot(fine.Centroid(a), fine.Centroid(b))));
                cost[a, b] = cost[b, a] = sizes[a] * sizes[b] / Math.Max(1, sizes[a] + sizes[b]) * squared;
            }
        }

        var alive = Enumerable.Range(0, k).Where(c => sizes[c] > 0).ToList();
        var (left, right) = (new List<int>(), new List<int>());
        while (alive.Count > 1)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (bestA, bestB, best) = (-1, -1, double.PositiveInfinity);
            for (var i = 0; i < alive.Count; i++)
            {
                for (var j = i + 1; j < alive.Count; j++)
                {
                    if (cost[alive[i], alive[j]] < best)
                    {
                        (bestA, bestB, best) = (alive[i], alive[j], cost[alive[i], alive[j]]);
                    }
                }
            }

            foreach (var c in alive.Where(c => c != bestA && c != bestB))
            {
                var total = sizes[c] + sizes[bestA] + sizes[bestB];
                cost[c, bestA] = cost[bestA, c] =
                    (((sizes[c] + sizes[bestA]) * cost[c, bestA]) + ((sizes[c] + sizes[bestB]) * cost[c, bestB]) - (sizes[c] * best)) / total;
            }

            sizes[bestA] += sizes[bestB];
            alive.Remove(bestB);
            left.Add(bestA);
            right.Add(bestB);
        }

        return new Dendrogram(left.ToArray(), right.ToArray(), k);
    }

    /// <summary>Maps each fine cluster to one of <paramref name="groups"/> merged groups, numbered 0 upwards.</summary>
    public static int[] Cut(Dendrogram tree, int groups)
    {
        var parent = Enumerable.Range(0, tree.Leaves).ToArray();
        var steps = Math.Clamp(tree.Leaves - groups, 0, tree.Left.Length);
        for (var s = 0; s < steps; s++)
        {
            parent[tree.Right[s]] = tree.Left[s];
        }

        int Root(int c) => parent[c] == c ? c : parent[c] = Root(parent[c]);
        var roots = new Dictionary<int, int>();
        var map = new int[tree.Leaves];
        for (var c = 0; c < tree.Leaves; c++)
        {
            var root = Root(c);
            if (!roots.TryGetValue(root, out var id))
            {
                roots[root] = id = roots.Count;
            }

            map[c] = id;
        }

        return map;
    }
}
