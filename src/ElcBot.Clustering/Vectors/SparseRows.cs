namespace ElcBot.Clustering.Vectors;

/// <summary>Rows of a sparse matrix (compressed sparse rows), column indices ascending within each row.</summary>
/// <param name="RowStarts">Row i spans [RowStarts[i], RowStarts[i + 1]).</param>
/// <param name="Columns">Column of each stored value.</param>
/// <param name="Values">The stored values.</param>
/// <param name="ColumnCount">Width of the matrix.</param>
public sealed record SparseRows(int[] RowStarts, int[] Columns, float[] Values, int ColumnCount)
{
    /// <summary>Number of rows.</summary>
    public int Count => RowStarts.Length - 1;

    /// <summary>The column indices of row i.</summary>
    public ReadOnlySpan<int> ColumnsOf(int row) => Columns.AsSpan(RowStarts[row], RowStarts[row + 1] - RowStarts[row]);

    /// <summary>The values of row i.</summary>
    public ReadOnlySpan<float> ValuesOf(int row) => Values.AsSpan(RowStarts[row], RowStarts[row + 1] - RowStarts[row]);

    /// <summary>Dot product of two rows, merging their sorted columns.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public float RowDot(int a, int b)
    {
        var ca = ColumnsOf(a);
        var va = ValuesOf(a);
        var cb = ColumnsOf(b);
        var vb = ValuesOf(b);
        float sum = 0;
        for (int i = 0, j = 0; i < ca.Length && j < cb.Length;)
        {
            if (ca[i] == cb[j])
            {
                sum += va[i++] * vb[j++];
            }
            else if (ca[i] < cb[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return sum;
    }
}
