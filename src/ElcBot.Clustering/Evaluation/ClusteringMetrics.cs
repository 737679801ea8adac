namespace ElcBot.Clustering.Evaluation;

/// <summary>Agreement between found clusters and true labels: NMI, ARI and accuracy after best one-to-one matching.</summary>
public static class ClusteringMetrics
{
    /// <summary>Normalised mutual information, arithmetic-mean normalisation (scikit-learn's default).</summary>
    public static double Nmi(IReadOnlyList<int> truth, IReadOnlyList<int> found)
    {
        var (table, rowSums, columnSums, n) = Contingency(truth, found);
        if (n == 0)
        {
            return 0;
        }

        double mutual = 0;
        foreach (var ((t, f), count) in table)
        {
            mutual += count / n * Math.Log(count * n / ((double)rowSums[t] * columnSums[f]));
        }

        var (ht, hf) = (Entropy(rowSums.Values, n), Entropy(columnSums.Values, n));
        if (ht == 0 && hf == 0)
        {
            return 1;
        }

        var denominator = (ht + hf) / 2;
        return denominator <= 0 ? 0 : Math.Max(0, mutual) / denominator;
    }

    /// <summary>Adjusted Rand index: pair agreement corrected for chance (0 for random, 1 for identical).</summary>
    public static double Ari(IReadOnlyList<int> truth, IReadOnlyList<int> found)
    {
        var (table, rowSums, columnSums, n) = Contingency(truth, found);
        var pairs = table.Values.Sum(c => Choose2(c));
        var truthPairs = rowSums.Values.Sum(c => Choose2(c));
        var foundPairs = columnSums.Values.Sum(c => Choose2(c));
        var expected = truthPairs * foundPairs / Math.Max(1, Choose2(n));
        var maximum = (truthPairs + foundPairs) / 2;
        return maximum - expected == 0 ? 1 : (pairs - expected) / (maximum - expected);
    }

    /// <summary>Share of items whose cluster maps to their label under the best one-to-one mapping (Hungarian method).</summary>
    public static double Accuracy(IReadOnlyList<int> truth, IReadOnlyList<int> found)
    {
        var (table, _, _, n) = Contingency(truth, found);
        if (n == 0)
        {
            return 0;
        }

        var truthIds = truth.Distinct().Order().ToArray();
        var foundIds = found.Distinct().Order().ToArray();
        var size = Math.Max(truthIds.Length, foundIds.Length);
        var cost = new double[size, size];
        for (var f = 0; f < foundIds.Length; f++)
        {
            for (var t = 0; t < truthIds.Length; t++)
            {
                cost[f, t] = -table.GetValueOrDefault((truthIds[t], foundIds[f]));
            }
        }

        var match = Hungarian.Solve(cost);
        double correct = 0;
        for (var f = 0; f < size; f++)
        {
            correct -= cost[f, match[f]];
        }

        return correct / n;
    }

    private static double Choose2(double c) => c * (c - 1) / 2;

    private static double Entropy(IEnumerable<int> counts, double n) =>
        -counts.Where(c => c > 0).Sum(c => c / n * Math.Log(c / n));

    private static (Dictionary<(int Truth, int Found), int> Table, Dictionary<int, int> RowSums, Dictionary<int, int> ColumnSums, double N) Contingency(
        IReadOnlyList<int> truth, IReadOnlyList<int> found)
    {
        if (truth.Count != found.Count)
        {
            throw new ArgumentException("Labels and clusters must have the same length.", nameof(found));
        }

        var table = new Dictionary<(int, int), int>();
        var rows = new Dictionary<int, int>();
        var columns = new Dictionary<int, int>();
        for (var i = 0; i < truth.Count; i++)
        {
            table[(truth[i], found[i])] = table.GetValueOrDefault((truth[i], found[i])) + 1;
            rows[truth[i]] = rows.GetValueOrDefault(truth[i]) + 1;
            columns[found[i]] = columns.GetValueOrDefault(found[i]) + 1;
        }

        return (table, rows, columns, truth.Count);
    }
}
