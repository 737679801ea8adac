using System.Globalization;
using System.Net;
using Azure;
using Azure.Data.Tables;
using ElcBot.Core.Summaries.Scheduling;

namespace ElcBot.Storage.Tables;

/// <summary>
/// One row per scheduled post. The first instance to insert the row owns the post; a conditional update on the
/// row's ETag lets another instance take over only when the owner's lease ran out without the post being done.
/// </summary>
public sealed class TableSummaryRunLedger(ElcTables tables, TimeProvider time) : ISummaryRunLedger
{
    private const string Claimed = "claimed";
    private const string Done = "done";

    private TableClient Table => tables.Get(TableNames.SummaryRuns);

    public async Task<bool> TryClaimAsync(string roundId, DateTimeOffset occurrenceUtc, TimeSpan lease, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var row = new TableEntity(TableKeys.Sanitise(roundId), RowKey(occurrenceUtc)) { ["State"] = Claimed, ["LeaseUntil"] = now + lease };
        try
        {
            await Table.AddEntityAsync(row, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status == (int)HttpStatusCode.Conflict)
        {
            return await TryTakeOverAsync(row, now, cancellationToken).ConfigureAwait(false);
        }
    }

    public Task MarkDoneAsync(string roundId, DateTimeOffset occurrenceUtc, CancellationToken cancellationToken) =>
        Table.UpsertEntityAsync(
            new TableEntity(TableKeys.Sanitise(roundId), RowKey(occurrenceUtc)) { ["State"] = Done, ["DoneAt"] = time.GetUtcNow() },
            TableUpdateMode.Replace,
            cancellationToken);

    private async Task<bool> TryTakeOverAsync(TableEntity row, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var existing = (await Table.GetEntityAsync<TableEntity>(row.PartitionKey, row.RowKey, cancellationToken: cancellationToken).ConfigureAwait(false)).Value;
        if (existing.GetString("State") != Claimed || existing.GetDateTimeOffset("LeaseUntil") > now)
        {
            return false;
        }

        try
        {
            await Table.UpdateEntityAsync(row, existing.ETag, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status == (int)HttpStatusCode.PreconditionFailed)
        {
            return false;
        }
    }

    private static string RowKey(DateTimeOffset occurrenceUtc) =>
        occurrenceUtc.UtcDateTime.ToString("yyyyMMdd'T'HHmm'Z'", CultureInfo.InvariantCulture);
}
