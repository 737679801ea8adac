using System.Collections.Concurrent;
using ElcBot.Core.Contributions;
using ElcBot.Core.Rounds;
using Microsoft.Extensions.Logging;

namespace ElcBot.Core.Updates;

/// <summary>Tells each person who asked to hear about an update, once, and counts how many it reached.</summary>
/// <remarks>
/// A person who cannot be reached (no address kept, the bot removed) is skipped and logged; the others are still told.
/// A person Teams failed for is tried again by a later run (<see cref="DeliveryRetries"/>), so the delivery stays
/// unfinished until then. Receipts make a second run (a repeated press) tell only those not yet handled.
/// </remarks>
public sealed partial class UpdateDelivery(
    IRoundStore rounds,
    IContributionStore contributions,
    ISupportStore supports,
    IUpdateReceipts receipts,
    ContactBook contacts,
    IUpdateNotifier notifier,
    TimeProvider time,
    ILogger<UpdateDelivery> logger)
{
    /// <summary>Messages sent at once: quick for a large theme, gentle on Teams' limits.</summary>
    public const int MaxParallel = 4;

    public async Task<DeliveryReport> DeliverAsync(ProgressUpdate update, CancellationToken cancellationToken)
    {
        var round = await rounds.GetAsync(update.RoundId, cancellationToken).ConfigureAwait(false);
        var all = await contributions.ListAsync(update.RoundId, null, cancellationToken).ConfigureAwait(false);
        var given = await supports.ListForRoundAsync(update.RoundId, cancellationToken).ConfigureAwait(false);
        var people = UpdateRecipients.Find(update, all, given);
        var notice = new UpdateNotice(round?.Question ?? string.Empty, update, SubjectText(update, all));
        var missed = 0;
        var inFlight = 0;
        // One time per person left to try again: their count and the earliest are read from it.
        var retryTimes = new ConcurrentBag<DateTimeOffset>();
        var options = new ParallelOptions { MaxDegreeOfParallelism = MaxParallel, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(people, options, async (person, token) =>
        {
            var claim = await receipts.TryClaimAsync(update, person, token).ConfigureAwait(false);
            switch (claim.Outcome)
            {
                case ClaimOutcome.Settled:
                    return;
                case ClaimOutcome.HeldElsewhere:
                    Interlocked.Increment(ref inFlight);
                    return;
                case ClaimOutcome.WaitingToRetry:
                    retryTimes.Add(claim.RetryAt ?? time.GetUtcNow());
                    return;
            }

            var mark = await TellAndMarkAsync(update, person, notice, claim.EarlierFailures, token).ConfigureAwait(false);
            if (mark.State == ReceiptState.NotReached)
            {
                Interlocked.Increment(ref missed);
            }
            else if (mark is { State: ReceiptState.TryAgain, RetryAt: { } retryAt })
            {
                retryTimes.Add(retryAt);
            }
        }).ConfigureAwait(false);

        var toldInAll = await receipts.CountToldAsync(update, cancellationToken).ConfigureAwait(false);
        var report = new DeliveryReport(people.Count, toldInAll, missed, notice.SubjectText, inFlight, retryTimes.Count, retryTimes.IsEmpty ? null : retryTimes.Min());
        LogDelivered(logger, update.UpdateId, update.RoundId, report.AskedToHear, report.Told, report.NotReached, report.StillSending, report.TryingAgain);
        return report;
    }

    /// <summary>What people are told the update is about, without reading the whole round.</summary>
    public async Task<string?> SubjectTextAsync(ProgressUpdate update, CancellationToken cancellationToken)
    {
        if (update.Subject == UpdateSubject.Theme || update.SubjectId.Length == 0)
        {
            return SubjectText(update, []);
        }

        var idea = await contributions.GetAsync(update.RoundId, update.SubjectId, cancellationToken).ConfigureAwait(false);
        return SubjectText(update, idea is null ? [] : [idea]);
    }

    /// <summary>The theme's name, or the idea's words unless they were meant for the facilitators only.</summary>
    public static string? SubjectText(ProgressUpdate update, IEnumerable<Contribution> contributions) => update.Subject switch
    {
        UpdateSubject.Theme => update.ThemeLabel,
        _ => contributions.FirstOrDefault(c => c.Id == update.SubjectId) is { Consent: not ConsentLevel.FacilitatorsOnly } idea ? idea.Text : null,
    };

    /// <summary>Tells one claimed person and records how it went.</summary>
    private async Task<DeliveryMark> TellAndMarkAsync(ProgressUpdate update, string person, UpdateNotice notice, int earlierFailures, CancellationToken cancellationToken)
    {
        var mark = MarkFor(await TellAsync(person, notice, cancellationToken).ConfigureAwait(false), earlierFailures, time.GetUtcNow());
        await receipts.MarkAsync(update, person, mark, cancellationToken).ConfigureAwait(false);
        return mark;
    }

    /// <summary>A failure is tried again later until <see cref="DeliveryRetries.MaxFailures"/>; a refusal or a missing address is final at once.</summary>
    public static DeliveryMark MarkFor(NotifyOutcome outcome, int earlierFailures, DateTimeOffset nowUtc)
    {
        if (outcome == NotifyOutcome.Sent)
        {
            return DeliveryMark.Told;
        }

        var failures = earlierFailures + 1;
        return outcome == NotifyOutcome.Failed && failures < DeliveryRetries.MaxFailures
            ? new DeliveryMark(ReceiptState.TryAgain, failures, nowUtc + DeliveryRetries.WaitAfter(failures))
            : DeliveryMark.NotReached;
    }

    private async Task<NotifyOutcome> TellAsync(string person, UpdateNotice notice, CancellationToken cancellationToken)
    {
        var address = await contacts.FindAsync(person, cancellationToken).ConfigureAwait(false);
        if (address is null)
        {
            LogSkipped(logger, notice.Update.UpdateId, "no personal chat is known");
            return NotifyOutcome.AddressUnusable;
        }

        var outcome = await notifier.NotifyAsync(address, notice, cancellationToken).ConfigureAwait(false);
        if (outcome != NotifyOutcome.Sent)
        {
            LogSkipped(logger, notice.Update.UpdateId, outcome.ToString());
        }

        return outcome;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Update {UpdateId} in round {RoundId}: {AskedToHear} asked to hear, {Told} told, {NotReached} not reached this time, {StillSending} being told by another run, {TryingAgain} to try again later")]
    private static partial void LogDelivered(ILogger logger, string updateId, string roundId, int askedToHear, int told, int notReached, int stillSending, int tryingAgain);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Update {UpdateId}: one person skipped ({Reason})")]
    private static partial void LogSkipped(ILogger logger, string updateId, string reason);
}

/// <summary>How an update's messages went.</summary>
/// <param name="AskedToHear">People who shared or supported something it covers and asked to hear.</param>
/// <param name="Told">People it has reached (over every run).</param>
/// <param name="NotReached">People this run could not reach.</param>
/// <param name="SubjectText">What they were told it is about: the theme's name or the idea's words (null when not shown).</param>
/// <param name="StillSending">People another run (an earlier press, another instance) is telling right now.</param>
/// <param name="TryingAgain">People Teams failed for, to be tried again by a later run.</param>
/// <param name="NextTryAt">With people to try again: the earliest time one of them may be tried.</param>
public sealed record DeliveryReport(int AskedToHear, int Told, int NotReached, string? SubjectText, int StillSending = 0, int TryingAgain = 0, DateTimeOffset? NextTryAt = null)
{
    /// <summary>Every person who asked has been told or found unreachable, so nothing is left to send.</summary>
    public bool Finished => StillSending == 0 && TryingAgain == 0;
}
