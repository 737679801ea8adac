using System.Net;
using Azure;
using Azure.Data.Tables;
using ElcBot.Core.Updates;

namespace ElcBot.Storage.Tables;

/// <summary>Who was told about each update: a partition per update, a row per person, claimed with a conditional insert.</summary>
/// <remarks>
/// The insert succeeds once per person, so two runs of the same update (or two instances) never tell anyone twice. A
/// claim still unsettled after <see cref="DeliveryClaims.Lease"/> was left by a run that stopped; it is taken over with
/// an ETag-conditional replace, so again only one run wins it. A person Teams failed for is kept as "try again" with
/// the time a later run may do so and the failures so far, and is taken over the same way once that time has passed.
/// </remarks>
public sealed class TableUpdateReceipts(ElcTables tables, ContributorIndex index, TimeProvider time) : IUpdateReceipts
{
    private const string Claimed = "claimed";
    private const string Told = "told";
    private const string NotReached = "not-reached";
    private const string TryAgain = "try-again";

    private TableClient Table => tables.Get(TableNames.UpdateReceipts);

    public async Task<DeliveryClaim> TryClaimAsync(ProgressUpdate update, string contributorKey, CancellationToken cancellationToken)
    {
        // Indexed first, so "forget me" always finds the receipt.
        await index.AddAsync(contributorKey, ContributorIndex.UpdateReceivedPrefix, update.RoundId, update.UpdateId, cancellationToken).ConfigureAwait(false);
        // The claim's own time, from this service's clock: the lease is judged by the same clock that wrote it.
        var claim = new TableEntity(Partition(update.RoundId, update.UpdateId), TableKeys.Sanitise(contributorKey)) { ["State"] = Claimed, ["ClaimedAt"] = time.GetUtcNow() };
        try
        {
            await Table.AddEntityAsync(claim, cancellationToken).ConfigureAwait(false);
            return new DeliveryClaim(ClaimOutcome.Claimed);
        }
        catch (RequestFailedException ex) when (ex.Status == (int)HttpStatusCode.Conflict)
        {
            return await TryTakeOverAsync(claim, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<DeliveryClaim> TryTakeOverAsync(TableEntity claim, CancellationToken cancellationToken)
    {
        var existing = await Table.GetEntityIfExistsAsync<TableEntity>(claim.PartitionKey, claim.RowKey, cancellationToken: cancellationToken).ConfigureAwait(false);
        if (!existing.HasValue || existing.Value is not { } row)
        {
            // Erased between the two calls ("forget me"): nobody is to be told.
            return new DeliveryClaim(ClaimOutcome.Settled);
        }

        var now = time.GetUtcNow();
        switch (row.GetString("State"))
        {
            case Claimed when (row.GetDateTimeOffset("ClaimedAt") ?? row.Timestamp) is { } claimedAt && now - claimedAt < DeliveryClaims.Lease:
                return new DeliveryClaim(ClaimOutcome.HeldElsewhere);
            case TryAgain when row.GetDateTimeOffset("RetryAt") is { } retryAt && now < retryAt:
                return new DeliveryClaim(ClaimOutcome.WaitingToRetry, RetryAt: retryAt);
            case Claimed or TryAgain:
                break;
            default:
                return new DeliveryClaim(ClaimOutcome.Settled);
        }

        // The failures so far go with the claim, so a run that stops after taking it over does not reset them.
        var failures = row.GetInt32("Failures") ?? 0;
        claim["Failures"] = failures;
        try
        {
            await Table.UpdateEntityAsync(claim, row.ETag, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
            return new DeliveryClaim(ClaimOutcome.Claimed, failures);
        }
        catch (RequestFailedException ex) when (ex.Status is (int)HttpStatusCode.PreconditionFailed or (int)HttpStatusCode.NotFound)
        {
            return new DeliveryClaim(ClaimOutcome.HeldElsewhere);
        }
    }

    public Task MarkAsync(ProgressUpdate update, string contributorKey, DeliveryMark mark, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mark);
        var row = new TableEntity(Partition(update.RoundId, update.UpdateId), TableKeys.Sanitise(contributorKey))
        {
            ["State"] = mark.State switch { ReceiptState.Told => Told, ReceiptState.TryAgain => TryAgain, _ => NotReached },
            ["Failures"] = mark.Failures,
        };
        if (mark.RetryAt is { } retryAt)
        {
            row["RetryAt"] = retryAt;
        }

        return Table.UpsertEntityAsync(row, TableUpdateMode.Replace, cancellationToken);
    }

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
