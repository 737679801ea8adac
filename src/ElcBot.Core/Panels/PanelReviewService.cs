using ElcBot.Core.Summaries;
using Microsoft.Extensions.Options;

namespace ElcBot.Core.Panels;

/// <summary>Starts a round's shared draft, reads it, and applies panel members' changes to it.</summary>
/// <remarks>
/// Changes are written with optimistic concurrency. When someone else saved first, the change is read again on top
/// of theirs and applied again, so both stand; a change that no longer makes sense (its theme was merged away) is
/// turned down with a reason, never dropped silently.
/// </remarks>
public sealed class PanelReviewService(IPanelStore panels, IPanelDraftStore drafts, ISummarySource source, IOptions<PanelOptions> options, TimeProvider time)
{
    /// <summary>
    /// How often a change is applied again on top of other people's before the person is asked to retry. Each lost race
    /// means someone else's change was saved, so a whole panel changing the draft at once still gets through.
    /// </summary>
    private const int Attempts = PanelBalance.MaxMembers + 5;

    /// <summary>True while a draft is with the panel or being posted; a new summary waits for it.</summary>
    public async Task<bool> HasOpenDraftAsync(string roundId, CancellationToken cancellationToken) =>
        (await drafts.FindAsync(roundId, cancellationToken).ConfigureAwait(false))?.Draft.State is DraftState.InReview or DraftState.Publishing;

    /// <returns>The new draft; null, saving nothing, when the round already has a draft with its panel.</returns>
    public async Task<PanelDraft?> TryStartAsync(RoundSummary summary, int panelSize, CancellationToken cancellationToken)
    {
        var existing = await drafts.FindAsync(summary.RoundId, cancellationToken).ConfigureAwait(false);
        if (existing?.Draft.State is DraftState.InReview or DraftState.Publishing)
        {
            return null;
        }

        var now = time.GetUtcNow();
        var deadline = now.AddDays(options.Value.ReviewDays);
        // A reminder as the draft arrives would only repeat it, so a review shorter than the reminder's lead time has none.
        var remindAt = deadline.AddHours(-options.Value.ReminderHoursBeforeDeadline);
        var draft = new PanelDraft(summary.RoundId, summary.SummaryId, summary, DraftState.InReview, now, deadline, [], RemindAt: remindAt > now && remindAt < deadline ? remindAt : null,
            DeliverBy: now + PanelReminders.Lease, FirstSendPending: true);
        var change = new PanelChange(summary.RoundId, now, PanelActor.Bot, new ChangeNote(PanelChangeKind.DraftSent, Count: panelSize), draft.DraftId);
        return await drafts.TrySaveAsync(draft, existing?.Version, change, cancellationToken).ConfigureAwait(false) is null ? null : draft;
    }

    /// <summary>Notes that every member was sent the draft, on top of any change the panel saved meanwhile.</summary>
    /// <returns>False when the draft stayed too busy to mark (the scheduler may then send it once more).</returns>
    public async Task<bool> MarkDeliveredAsync(string roundId, string draftId, CancellationToken cancellationToken) =>
        await ReviseInReviewAsync(roundId, draftId, draft => Owing(draft with { FirstSendPending = false }), null, cancellationToken).ConfigureAwait(false) != false;

    /// <summary>Notes that these members were asked to look again after their approval was set aside.</summary>
    /// <returns>False when the draft stayed too busy to mark (the scheduler may then ask them once more).</returns>
    public async Task<bool> MarkAskedAgainAsync(string roundId, string draftId, IReadOnlyCollection<string> userIds, CancellationToken cancellationToken) =>
        await ReviseInReviewAsync(roundId, draftId, draft => Owing(draft with { AskAgain = (draft.AskAgain ?? []).Except(userIds).ToArray() }), null, cancellationToken)
            .ConfigureAwait(false) != false;

    /// <summary>
    /// Writes a revision of the draft on top of anything saved meanwhile, but only while it is the same draft and still
    /// in review: one being posted is left alone, as a write would take the post from the instance posting it.
    /// </summary>
    /// <param name="roundId">The round.</param>
    /// <param name="draftId">The draft the revision is for.</param>
    /// <param name="revise">The draft as it should now be; null (or unchanged) when there is nothing to write.</param>
    /// <param name="change">The log line to write with it, if any.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>True when written; null when there was nothing to write; false when the draft stayed too busy.</returns>
    public async Task<bool?> ReviseInReviewAsync(
        string roundId, string draftId, Func<PanelDraft, PanelDraft?> revise, PanelChange? change, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            await Contention.BackOffAsync(attempt, cancellationToken).ConfigureAwait(false);
            var found = await drafts.FindAsync(roundId, cancellationToken).ConfigureAwait(false);
            if (found?.Draft is not { State: DraftState.InReview } draft || draft.DraftId != draftId || revise(draft) is not { } revised || revised == draft)
            {
                return null;
            }

            if (await drafts.TrySaveAsync(revised, found.Version, change, cancellationToken).ConfigureAwait(false) is not null)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>What a draft still owes once those messages went out: when nothing, the scheduler has nothing to send.</summary>
    private static PanelDraft Owing(PanelDraft draft) =>
        draft.FirstSendPending || draft.AskAgain is { Count: > 0 } ? draft : draft with { DeliverBy = null, AskAgain = null };

    /// <summary>The round's latest draft as it stands now, with its panel and the round's contributions.</summary>
    public async Task<DraftView?> LoadAsync(string roundId, CancellationToken cancellationToken)
    {
        var found = await drafts.FindAsync(roundId, cancellationToken).ConfigureAwait(false);
        var data = found is null ? null : await source.LoadAsync(roundId, cancellationToken).ConfigureAwait(false);
        if (found is null || data is null)
        {
            return null;
        }

        var members = await panels.ListMembersAsync(roundId, cancellationToken).ConfigureAwait(false);
        return new DraftView(Fresh(found.Draft, data), members, data);
    }

    /// <summary>Applies one member's change to the current draft, on top of anything others saved first.</summary>
    /// <param name="roundId">The round.</param>
    /// <param name="draftId">The draft the person was looking at; a newer draft turns the change away.</param>
    /// <param name="userId">The person making the change; they must be on the panel.</param>
    /// <param name="edit">The change, as a function of the draft as it now stands and the panel.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    public async Task<EditResult> EditAsync(
        string roundId, string? draftId, string userId, Func<PanelDraft, IReadOnlyList<PanelMember>, DraftEdit> edit, CancellationToken cancellationToken)
    {
        var data = await source.LoadAsync(roundId, cancellationToken).ConfigureAwait(false);
        var members = await panels.ListMembersAsync(roundId, cancellationToken).ConfigureAwait(false);
        var member = members.FirstOrDefault(m => m.UserId == userId);
        if (data is null)
        {
            return new EditResult(DraftEditOutcome.DraftGone, null);
        }

        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            await Contention.BackOffAsync(attempt, cancellationToken).ConfigureAwait(false);
            var found = await drafts.FindAsync(roundId, cancellationToken).ConfigureAwait(false);
            if (found is null)
            {
                return new EditResult(DraftEditOutcome.DraftGone, null);
            }

            var view = new DraftView(Fresh(found.Draft, data), members, data);
            var refusal = member is null ? DraftEditOutcome.NotOnPanel
                : found.Draft.DraftId != draftId ? DraftEditOutcome.DraftGone
                : found.Draft.State != DraftState.InReview ? DraftEditOutcome.NotInReview
                : (DraftEditOutcome?)null;
            if (refusal is { } refused)
            {
                return new EditResult(refused, view);
            }

            var result = edit(view.Draft, members);
            if (result.Outcome != DraftEditOutcome.Done)
            {
                return new EditResult(result.Outcome, view);
            }

            var changed = Fresh(result.Draft!, data);
            // Worked out from the version this save replaces, so each approval set aside is counted (and its author told) once.
            var setAside = members.Where(m => found.Draft.ApprovedBy.Contains(m.UserId) && !changed.ApprovedBy.Contains(m.UserId)).ToArray();
            var toAsk = setAside.Where(m => m.UserId != userId).Select(m => m.UserId).ToArray();
            if (toAsk.Length > 0)
            {
                // Owed with the change itself, so asking them again survives this instance stopping before it does.
                changed = changed with
                {
                    AskAgain = (changed.AskAgain ?? []).Union(toAsk).ToArray(),
                    DeliverBy = changed.DeliverBy ?? time.GetUtcNow() + PanelReminders.Lease,
                };
            }

            var note = result.Note! with { ApprovalsReset = setAside.Length };
            var change = new PanelChange(roundId, time.GetUtcNow(), new PanelActor(member!.UserId, member.Name), note, changed.DraftId);
            if (await drafts.TrySaveAsync(changed, found.Version, change, cancellationToken).ConfigureAwait(false) is not null)
            {
                return new EditResult(DraftEditOutcome.Done, view with { Draft = changed }) { SetAside = setAside };
            }
        }

        return new EditResult(DraftEditOutcome.Busy, null);
    }

    private static PanelDraft Fresh(PanelDraft draft, SummarySourceData data) =>
        draft with { Summary = DraftThemes.Refresh(draft.Summary, data.Contributions) };
}

/// <summary>A draft as it stands, with the panel and the round's contributions, for showing it to someone.</summary>
public sealed record DraftView(PanelDraft Draft, IReadOnlyList<PanelMember> Members, SummarySourceData Source);

/// <summary>What a change did, and the draft as it now stands (null when it is gone).</summary>
public sealed record EditResult(DraftEditOutcome Outcome, DraftView? View)
{
    /// <summary>Members whose approval stopped counting because this change made a new version.</summary>
    public IReadOnlyList<PanelMember> SetAside { get; init; } = [];
}
