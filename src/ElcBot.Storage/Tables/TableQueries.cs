using Azure.Data.Tables;

namespace ElcBot.Storage.Tables;

/// <summary>Reading every row a query matches, page after page, into a list: the one loop each store otherwise repeats.</summary>
public static class TableQueries
{
    /// <summary>All rows matching <paramref name="filter"/>, read with <paramref name="read"/>, in the order the service returns them.</summary>
    public static async Task<List<T>> ListAsync<T>(
        this TableClient table, string filter, Func<TableEntity, T> read, CancellationToken cancellationToken, IEnumerable<string>? select = null)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(read);
        var found = new List<T>();
        await foreach (var entity in table.QueryAsync<TableEntity>(filter, select: select, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            found.Add(read(entity));
        }

        return found;
    }
}
