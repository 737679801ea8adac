using System.Net;
using Azure;
using Azure.Data.Tables;
using ElcBot.Core.Updates;

namespace ElcBot.Storage.Tables;

/// <summary>Deliveries not yet finished, one row each in a single partition: a short list, read whole once a minute.</summary>
public sealed class TablePendingDeliveries(ElcTables tables) : IPendingDeliveries
{
    private const string Partition = "pending";

    private TableClient Table => tables.Get(TableNames.PendingDeliveries);

    public Task AddAsync(PendingDelivery delivery, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        return Table.UpsertEntityAsync(
            new TableEntity(Partition, RowKey(delivery.RoundId, delivery.UpdateId))
            {
                ["RoundId"] = delivery.RoundId,
                ["UpdateId"] = delivery.UpdateId,
                ["ReportTo"] = delivery.ReportTo,
                ["Since"] = delivery.Since,
            },
            TableUpdateMode.Replace,
            cancellationToken);
    }

    public async Task<IReadOnlyList<PendingDelivery>> ListAsync(CancellationToken cancellationToken) =>
        await Table.ListAsync(
            TableClient.CreateQueryFilter($"PartitionKey eq {Partition}"),
            e => new PendingDelivery(e.GetString("RoundId"), e.GetString("UpdateId"), e.GetString("ReportTo"), e.GetDateTimeOffset("Since") ?? DateTimeOffset.UnixEpoch),
            cancellationToken).ConfigureAwait(false);

    public async Task<bool> RemoveAsync(string roundId, string updateId, CancellationToken cancellationToken)
    {
        var row = await Table.GetEntityIfExistsAsync<TableEntity>(Partition, RowKey(roundId, updateId), select: ["RowKey"], cancellationToken: cancellationToken).ConfigureAwait(false);
        if (!row.HasValue || row.Value is null)
        {
            return false;
        }

        try
        {
            // Conditional on the row as read, so of callers racing only one deletes it; the others find it changed or gone
            // (the SDK answers "gone" with a 404 response rather than an exception).
            var response = await Table.DeleteEntityAsync(Partition, RowKey(roundId, updateId), row.Value.ETag, cancellationToken).ConfigureAwait(false);
            return response.Status != (int)HttpStatusCode.NotFound;
        }
        catch (RequestFailedException ex) when (ex.Status is (int)HttpStatusCode.NotFound or (int)HttpStatusCode.PreconditionFailed)
        {
            return false;
        }
    }

    private static string RowKey(string roundId, string updateId) => TableKeys.Sanitise($"{roundId}|{updateId}");
}
