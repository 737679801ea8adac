using Azure;
using Azure.Data.Tables;

namespace ElcBot.Storage.Tables;

/// <summary>One row per thing a person gave, keyed by their contributor key, so "my contributions" and "forget me" need no scan.</summary>
/// <remarks>Written before the item itself, so an item is never stored without a way to find and erase it.</remarks>
public sealed class ContributorIndex(ElcTables tables)
{
    public const string ContributionPrefix = "c|";
    public const string SupportPrefix = "s|";
    public const string UpdateGivenPrefix = "w|";
    public const string UpdateReceivedPrefix = "u|";

    private TableClient Table => tables.Get(TableNames.ContributorItems);

    public Task AddAsync(string contributorKey, string prefix, string roundId, string itemId, CancellationToken cancellationToken) =>
        AddAsync(contributorKey, prefix, roundId, itemId, createdAt: null, cancellationToken);

    /// <param name="createdAt">Kept on the row, so the person's newest item in a round is found without reading every one.</param>
    public Task AddAsync(string contributorKey, string prefix, string roundId, string itemId, DateTimeOffset? createdAt, CancellationToken cancellationToken)
    {
        var row = new TableEntity(TableKeys.Sanitise(contributorKey), RowKey(prefix, roundId, itemId)) { ["RoundId"] = roundId, ["ItemId"] = itemId };
        if (createdAt is { } at)
        {
            row["CreatedAt"] = at;
        }

        return Table.UpsertEntityAsync(row, TableUpdateMode.Replace, cancellationToken);
    }

    /// <summary>The person's rows of one kind in one round, with the item's creation time where the row has it (older rows do not).</summary>
    public async Task<IReadOnlyList<(string ItemId, DateTimeOffset? CreatedAt)>> ListInRoundAsync(string contributorKey, string prefix, string roundId, CancellationToken cancellationToken)
    {
        var from = RowKey(prefix, roundId, string.Empty);
        var upper = from[..^1] + (char)(from[^1] + 1);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {TableKeys.Sanitise(contributorKey)} and RowKey ge {from} and RowKey lt {upper}");
        var found = new List<(string, DateTimeOffset?)>();
        await foreach (var row in Table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (row.GetString("RoundId") == roundId)
            {
                found.Add((row.GetString("ItemId"), row.GetDateTimeOffset("CreatedAt")));
            }
        }

        return found;
    }

    public async Task<IReadOnlyList<(string RoundId, string ItemId)>> ListAsync(string contributorKey, string prefix, CancellationToken cancellationToken)
    {
        var partition = TableKeys.Sanitise(contributorKey);
        // Row keys start with the prefix: a range query reads only that kind of row.
        var upper = prefix[..^1] + (char)(prefix[^1] + 1);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey ge {prefix} and RowKey lt {upper}");
        return await Table.ListAsync(filter, row => (row.GetString("RoundId"), row.GetString("ItemId")), cancellationToken).ConfigureAwait(false);
    }

    public Task RemoveAsync(string contributorKey, string prefix, string roundId, string itemId, CancellationToken cancellationToken) =>
        Table.DeleteEntityAsync(TableKeys.Sanitise(contributorKey), RowKey(prefix, roundId, itemId), ETag.All, cancellationToken);

    private static string RowKey(string prefix, string roundId, string itemId) => TableKeys.Sanitise($"{prefix}{roundId}|{itemId}");
}
