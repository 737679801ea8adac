using ElcBot.Core.Summaries.Scheduling;
using Microsoft.Extensions.Logging;

namespace ElcBot.Core.Panels;

/// <summary>
/// Reminds the members who have not approved a draft's current version, once per draft, a set time before its
/// deadline (<see cref="PanelOptions.ReminderHoursBeforeDeadline"/>); and sends what a draft still owes when the
/// instance that owed it stopped first (<see cref="PanelDraft.DeliverBy"/>): the draft itself to the whole panel, or
/// "please look again" to those whose approval a change set aside.
/// </summary>
/// <remarks>
/// Run every minute on every instance by the scheduler that posts weekly summaries. As posting does, the reminder is
/// claimed on the draft itself: an ETag-guarded write gives one instance a lease to send it, and marking it sent is
/// applied on top of any change the panel saved meanwhile. If that instance stops before it finishes, another sends it
/// once the lease ends.
/// </remarks>
public sealed partial class PanelReminders(IPanelDraftStore drafts, PanelReviewService reviews, IPanelNotifier notifier, TimeProvider time, ILogger<PanelReminders> logger)
    : IScheduledWork
{
    /// <summary>Long enough to send a panel's reminders.</summary>
    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);

    private const int Attempts = PanelBalance.MaxMembers + 5;

    /// <returns>How many drafts this instance sent reminders for.</returns>
    public async Task<int> RunDueAsync(DateTimeOffset nowUtc, CancellationToken cancellationToken)
    {
        var reminded = 0;
        foreach (var due in await drafts.ListDueAsync(nowUtc, cancellationToken).ConfigureAwait(false))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (await ClaimAsync(due, nowUtc, cancellationToken).ConfigureAwait(false) is { } draftId)
            {
                await RemindAsync(due.Draft.RoundId, draftId, cancellationToken).ConfigureAwait(false);
                reminded++;
            }
        }

        return reminded;
    }

    /// <returns>The draft's id when this instance now holds its reminder; null when it is not due or someone else has it.</returns>
    private async Task<string?> ClaimAsync(VersionedDraft? found, DateTimeOffset now, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < Attempts && found is not null; attempt++)
        {
            await Contention.BackOffAsync(attempt, cancellationToken).ConfigureAwait(false);
            var draft = found.Draft;
            if (draft.State != DraftState.InReview || !IsDue(draft, now) || draft.ReminderLeaseUntil > now)
            {
                return null;
            }

            var claimed = draft with { ReminderLeaseUntil = now + Lease };
            if (await drafts.TrySaveAsync(claimed, found.Version, null, cancellationToken).ConfigureAwait(false) is not null)
            {
                return draft.DraftId;
            }

            found = await drafts.FindAsync(draft.RoundId, cancellationToken).ConfigureAwait(false);
        }

        return null;
    }

    private static bool IsDue(PanelDraft draft, DateTimeOffset now) => draft.RemindAt <= now || draft.DeliverBy <= now;

    /// <summary>Who is sent the draft now, and with what words.</summary>
    /// <remarks>
    /// A draft its maker never finished sending goes to everyone. Members whose approval was set aside and who were
    /// never told are asked to look again. The reminder, when due, goes to everyone yet to approve, with its words.
    /// </remarks>
    private static (IReadOnlyList<PanelMember> To, PanelNotice Why) Owed(DraftView view, bool undelivered, bool reminding)
    {
        var draft = view.Draft;
        if (undelivered && draft.FirstSendPending)
        {
            return (view.Members, reminding ? PanelNotice.Reminder : PanelNotice.Draft);
        }

        var waiting = draft.Waiting(view.Members);
        if (reminding)
        {
            return (waiting, PanelNotice.Reminder);
        }

        var askAgain = undelivered ? draft.AskAgain ?? [] : [];
        return (waiting.Where(m => askAgain.Contains(m.UserId)).ToArray(), PanelNotice.ApprovalSetAside);
    }

    private async Task RemindAsync(string roundId, string draftId, CancellationToken cancellationToken)
    {
        // The draft as it stands now, so the reminder goes only to those yet to approve this version, with the panel's changes.
        var view = await reviews.LoadAsync(roundId, cancellationToken).ConfigureAwait(false);
        var now = time.GetUtcNow();
        var undelivered = view?.Draft.DeliverBy <= now;
        var reminding = view?.Draft.RemindAt <= now;
        var (waiting, why) = view is null ? ([], PanelNotice.Reminder) : Owed(view, undelivered, reminding);
        var reached = view is null || waiting.Count == 0 ? 0
            : await notifier.NotifyAsync(view.Draft, view.Members, waiting, why, cancellationToken).ConfigureAwait(false);
        if (undelivered)
        {
            LogDelivered(logger, roundId, reached, waiting.Count);
        }

        var change = reminding ? new PanelChange(roundId, now, PanelActor.Bot, new ChangeNote(PanelChangeKind.Reminded, Count: reached, Of: waiting.Count), draftId) : null;
        // Marked on top of any change the panel saved meanwhile; a newer draft, or this one being posted, is left alone.
        var marked = await reviews.ReviseInReviewAsync(roundId, draftId, draft => draft with
        {
            RemindAt = reminding ? null : draft.RemindAt,
            DeliverBy = undelivered ? null : draft.DeliverBy,
            FirstSendPending = !undelivered && draft.FirstSendPending,
            AskAgain = undelivered ? null : draft.AskAgain,
            ReminderLeaseUntil = null,
        }, reached > 0 ? change : null, cancellationToken).ConfigureAwait(false);
        if (marked == true && reminding)
        {
            LogReminded(logger, roundId, reached, waiting.Count);
        }
        else if (marked == false)
        {
            // Left to its lease: once it ends, another run may send it again, which beats never marking it sent.
            LogNotMarked(logger, roundId);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Review panel of round {RoundId}: {Reached} of {Waiting} members yet to approve reminded before the deadline")]
    private static partial void LogReminded(ILogger logger, string roundId, int reached, int waiting);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Review panel of round {RoundId}: what the draft still owed after an instance stopped was sent to {Reached} of {Members} members")]
    private static partial void LogDelivered(ILogger logger, string roundId, int reached, int members);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Review panel of round {RoundId}: reminder sent, but the draft stayed too busy to mark it sent")]
    private static partial void LogNotMarked(ILogger logger, string roundId);
}
