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
        Table.UpsertEntityAsync(
            new TableEntity(TableKeys.Sanitise(contributorKey), RowKey(prefix, roundId, itemId)) { ["RoundId"] = roundId, ["ItemId"] = itemId },
            TableUpdateMode.Replace,
            cancellationToken);

    public async Task<IReadOnlyList<(string RoundId, string ItemId)>> ListAsync(string contributorKey, string prefix, CancellationToken cancellationToken)
    {
        var partition = TableKeys.Sanitise(contributorKey);
        // Row keys start with the prefix: a range query reads only that kind of row.
        var upper = prefix[..^1] + (char)(prefix[^1] + 1);
        var found = new List<(string, string)>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey ge {prefix} and RowKey lt {upper}");
        await foreach (var row in Table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            found.Add((row.GetString("RoundId"), row.GetString("ItemId")));
        }

        return found;
    }

    public Task RemoveAsync(string contributorKey, string prefix, string roundId, string itemId, CancellationToken cancellationToken) =>
        Table.DeleteEntityAsync(TableKeys.Sanitise(contributorKey), RowKey(prefix, roundId, itemId), ETag.All, cancellationToken);

    private static string RowKey(string prefix, string roundId, string itemId) => TableKeys.Sanitise($"{prefix}{roundId}|{itemId}");
}
