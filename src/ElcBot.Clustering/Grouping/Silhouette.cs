namespace ElcBot.Clustering.Grouping;

/// <summary>Mean silhouette from a precomputed distance table: how much closer rows sit to their own cluster than to the next.</summary>
public static class Silhouette
{
    /// <summary>Rows alone in their cluster score 0, as scikit-learn does.</summary>
    public static double Mean(float[] distances, int m, int[] assignments, int k)
    {
        var sizes = new int[k];
        foreach (var a in assignments)
        {
            sizes[a]++;
        }

        double total = 0;
        var sums = new double[k];
        for (var i = 0; i < m; i++)
        {
            Array.Clear(sums);
            var row = distances.AsSpan(i * m, m);
            for (var j = 0; j < m; j++)
            {
                sums[assignments[j]] += row[j];
            }

            var own = assignments[i];
            if (sizes[own] <= 1)
            {
                continue;
            }

            var a = sums[own] / (sizes[own] - 1);
            var b = double.PositiveInfinity;
            for (var c = 0; c < k; c++)
            {
                if (c != own && sizes[c] > 0)
                {
                    b = Math.Min(b, sums[c] / sizes[c]);
                }
            }

            var spread = Math.Max(a, b);
            total += spread > 0 && !double.IsInfinity(b) ? (b - a) / spread : 0;
        }

        return total / m;
    }
}
