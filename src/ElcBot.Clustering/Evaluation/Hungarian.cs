namespace ElcBot.Clustering.Evaluation;

/// <summary>Minimum-cost assignment on a square matrix (Kuhn-Munkres with potentials, O(n³)).</summary>
public static class Hungarian
{
    /// <summary>For each row, the column it is assigned to.</summary>
    public static int[] Solve(double[,] cost)
    {
        var n = cost.GetLength(0);
        if (n != cost.GetLength(1))
        {
            throw new ArgumentException("The cost matrix must be square.", nameof(cost));
        }

        // 1-based arrays with a sentinel column 0, as in the classic potentials formulation.
        var u = new double[n + 1];
        var v = new double[n + 1];
        var rowOfColumn = new int[n + 1];
        var way = new int[n + 1];
        for (var row = 1; row <= n; row++)
        {
            rowOfColumn[0] = row;
            var column = 0;
            var minimum = Enumerable.Repeat(double.PositiveInfinity, n + 1).ToArray();
            var used = new bool[n + 1];
            do
            {
                used[column] = true;
                var (current, delta, next) = (rowOfColumn[column], double.PositiveInfinity, 0);
                for (var j = 1; j <= n; j++)
                {
                    if (used[j])
                    {
                        continue;
                    }

                    var reduced = cost[current - 1, j - 1] - u[current] - v[j];
                    if (reduced < minimum[j])
                    {
                        (minimum[j], way[j]) = (reduced, column);
                    }

                    if (minimum[j] < delta)
                    {
                        (delta, next) = (minimum[j], j);
                    }
                }

                for (var j = 0; j <= n; j++)
                {
                    if (used[j])
                    {
                        u[rowOfColumn[j]] += delta;
                        v[j] -= delta;
                    }
                    else
                    {
                        minimum[j] -= delta;
                    }
                }

                column = next;
            }
            while (rowOfColumn[column] != 0);

            do
            {
                var previous = way[column];
                rowOfColumn[column] = rowOfColumn[previous];
                column = previous;
            }
            while (column != 0);
        }

        var assignment = new int[n];
        for (var j = 1; j <= n; j++)
        {
            assignment[rowOfColumn[j] - 1] = j - 1;
        }

        return assignment;
    }
}
