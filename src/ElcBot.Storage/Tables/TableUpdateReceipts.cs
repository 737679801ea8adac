using System.Net;
using Azure;
using Azure.Data.Tables;
using ElcBot.Core.Updates;

namespace ElcBot.Storage.Tables;

/// <summary>Who was told about each update: a partition per update, a row per person, claimed with a conditional insert.</summary>
/// <remarks>The insert succeeds once per person, so two runs of the same update (or two instances) never tell anyone twice.</remarks>
public sealed class TableUpdateReceipts(ElcTables tables, ContributorIndex index) : IUpdateReceipts
{
    private const string Claimed = "claimed";
    private const string Told = "told";
    private const string NotReached = "not-reached";

    private TableClient Table => tables.Get(TableNames.UpdateReceipts);

    public async Task<bool> TryClaimAsync(ProgressUpdate update, string contributorKey, CancellationToken cancellationToken)
    {
        // Indexed first, so "forget me" always finds the receipt.
        await index.AddAsync(contributorKey, ContributorIndex.UpdateReceivedPrefix, update.RoundId, update.UpdateId, cancellationToken).ConfigureAwait(false);
        try
        {
            await Table.AddEntityAsync(
                new TableEntity(Partition(update.RoundId, update.UpdateId), TableKeys.Sanitise(contributorKey)) { ["State"] = Claimed },
                cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status == (int)HttpStatusCode.Conflict)
        {
            return false;
        }
    }

    public Task MarkAsync(ProgressUpdate update, string contributorKey, bool told, CancellationToken cancellationToken) =>
        Table.UpsertEntityAsync(
            new TableEntity(Partition(update.RoundId, update.UpdateId), TableKeys.Sanitise(contributorKey)) { ["State"] = told ? Told : NotReached },
            TableUpdateMode.Replace,
            cancellationToken);

    public async Task<int> CountToldAsync(ProgressUpdate update, CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {Partition(update.RoundId, update.UpdateId)} and State eq {Told}");
        var count = 0;
        await foreach (var _ in Table.QueryAsync<TableEntity>(filter, select: ["RowKey"], cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            count++;
        }

        return count;
    }

    public async Task<int> ForgetAsync(string contributorKey, CancellationToken cancellationToken)
    {
        var received = await index.ListAsync(contributorKey, ContributorIndex.UpdateReceivedPrefix, cancellationToken).ConfigureAwait(false);
        foreach (var (roundId, updateId) in received)
        {
            await Table.DeleteEntityAsync(Partition(roundId, updateId), TableKeys.Sanitise(contributorKey), ETag.All, cancellationToken).ConfigureAwait(false);
            await index.RemoveAsync(contributorKey, ContributorIndex.UpdateReceivedPrefix, roundId, updateId, cancellationToken).ConfigureAwait(false);
        }

        return received.Count;
    }

    private static string Partition(string roundId, string updateId) => TableKeys.Sanitise($"{roundId}|{updateId}");
}
