using System.Collections.Concurrent;
using ElcBot.Core.Summaries.Scheduling;
using Microsoft.Extensions.Logging;

namespace ElcBot.Core.Updates;

/// <summary>Finishes deliveries that a stopped run left part-way: everyone not yet told is told, then the facilitator hears how it went.</summary>
/// <remarks>
/// Receipts keep it to one message per person: people already told are skipped, and people claimed by a run that
/// stopped are told once their claim is older than <see cref="DeliveryClaims.Lease"/>. A delivery someone is still
/// sending stays on the list for the next pass. So does one with people to try again later; it is skipped until the
/// earliest of their times (kept in memory: after a restart the first pass simply finds the times again).
/// </remarks>
public sealed partial class UnfinishedDeliveries(
    IPendingDeliveries pending,
    IUpdateStore updates,
    UpdateDelivery delivery,
    IDeliveryReporter reporter,
    TimeProvider time,
    ILogger<UnfinishedDeliveries> logger) : IScheduledWork
{
    private readonly ConcurrentDictionary<(string RoundId, string UpdateId), DateTimeOffset> _notBefore = new();

    /// <summary>Each minute: deliveries that began longer ago than a claim lasts, so a stopped run's claims can be taken over.</summary>
    public Task<int> RunDueAsync(DateTimeOffset nowUtc, CancellationToken cancellationToken) => FinishAsync(DeliveryClaims.Lease, cancellationToken);

    /// <summary>Runs every delivery that began at least <paramref name="olderThan"/> ago.</summary>
    /// <returns>How many were finished.</returns>
    private async Task<int> FinishAsync(TimeSpan olderThan, CancellationToken cancellationToken)
    {
        var finished = 0;
        var cutoff = time.GetUtcNow() - olderThan;
        foreach (var entry in await pending.ListAsync(cancellationToken).ConfigureAwait(false))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (entry.Since > cutoff || (_notBefore.TryGetValue((entry.RoundId, entry.UpdateId), out var notBefore) && time.GetUtcNow() < notBefore))
            {
                continue;
            }

            try
            {
                if (await FinishOneAsync(entry, cancellationToken).ConfigureAwait(false))
                {
                    finished++;
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // One broken delivery must not hold up the others; it stays listed and is tried next pass.
                LogFailed(logger, ex, entry.UpdateId, entry.RoundId);
            }
        }

        return finished;
    }

    /// <summary>Delivers one update and, when nothing is left to send, takes it off the list and reports.</summary>
    /// <returns>The report, and whether this caller finished it (and so should tell the facilitator).</returns>
    public async Task<(DeliveryReport Report, bool FinishedHere)> DeliverAsync(ProgressUpdate update, CancellationToken cancellationToken)
    {
        var report = await delivery.DeliverAsync(update, cancellationToken).ConfigureAwait(false);
        var key = (update.RoundId, update.UpdateId);
        if (report is { StillSending: 0, NextTryAt: { } nextTry })
        {
            // Only people waiting for a retry are left: nothing to do here before the first of them is due.
            _notBefore[key] = nextTry;
        }
        else
        {
            _notBefore.TryRemove(key, out _);
        }

        var finishedHere = report.Finished && await pending.RemoveAsync(update.RoundId, update.UpdateId, cancellationToken).ConfigureAwait(false);
        return (report, finishedHere);
    }

    private async Task<bool> FinishOneAsync(PendingDelivery entry, CancellationToken cancellationToken)
    {
        var update = (await updates.ListForRoundAsync(entry.RoundId, cancellationToken).ConfigureAwait(false)).FirstOrDefault(u => u.UpdateId == entry.UpdateId);
        if (update is null)
        {
            // The round was erased: there is nobody left to tell.
            await pending.RemoveAsync(entry.RoundId, entry.UpdateId, cancellationToken).ConfigureAwait(false);
            return false;
        }

        var (report, finishedHere) = await DeliverAsync(update, cancellationToken).ConfigureAwait(false);
        if (!finishedHere)
        {
            return false;
        }

        LogFinished(logger, entry.UpdateId, entry.RoundId);
        if (entry.ReportTo is { Length: > 0 } reportTo)
        {
            await reporter.ReportAsync(reportTo, update, report, cancellationToken).ConfigureAwait(false);
        }

        return true;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Finished delivering update {UpdateId} in round {RoundId} after an interruption")]
    private static partial void LogFinished(ILogger logger, string updateId, string roundId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not finish delivering update {UpdateId} in round {RoundId}; will try again")]
    private static partial void LogFailed(ILogger logger, Exception exception, string updateId, string roundId);
}
