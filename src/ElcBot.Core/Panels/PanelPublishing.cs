using ElcBot.Core.Summaries;

namespace ElcBot.Core.Panels;

/// <summary>
/// Makes sure a reviewed draft is posted once, however many instances of the service try at the same moment.
/// </summary>
/// <remarks>
/// The scheduled summaries' run-ledger idea, on the draft itself: posting starts with a conditional write that moves
/// the draft from "in review" to "posting" for a while (a lease). Only one writer can win it. If that instance stops
/// before it finishes, another may take over once the lease ends. Edits are refused from the moment posting starts,
/// so what is posted is exactly what the panel left.
/// </remarks>
public sealed class PanelPublishing(IPanelStore panels, IPanelDraftStore drafts, ISummarySource source, TimeProvider time)
{
    /// <summary>Long enough to post a large summary.</summary>
    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);

    private const int Attempts = PanelBalance.MaxMembers + 5;

    /// <summary>Takes the draft for posting when most of the panel approved or the deadline passed, and no one else is posting it.</summary>
    public async Task<PublishClaim> ClaimAsync(string roundId, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            await Contention.BackOffAsync(attempt, cancellationToken).ConfigureAwait(false);
            var found = await drafts.FindAsync(roundId, cancellationToken).ConfigureAwait(false);
            if (found is null)
            {
                return PublishClaim.Not(ClaimOutcome.NoDraft);
            }

            var now = time.GetUtcNow();
            var draft = found.Draft;
            var members = await panels.ListMembersAsync(roundId, cancellationToken).ConfigureAwait(false);
            switch (draft.State)
            {
                case DraftState.Published:
                    return PublishClaim.Not(ClaimOutcome.AlreadyPosted, draft, members);
                case DraftState.Publishing when draft.LeaseUntil > now:
                    return PublishClaim.Not(ClaimOutcome.BeingPosted, draft, members);
                case DraftState.InReview when !draft.MayPublish(members, now):
                    return PublishClaim.Not(ClaimOutcome.NotYet, draft, members);
            }

            var data = await source.LoadAsync(roundId, cancellationToken).ConfigureAwait(false);
            if (data is null)
            {
                return PublishClaim.Not(ClaimOutcome.NoDraft);
            }

            var claimed = draft with
            {
                State = DraftState.Publishing,
                LeaseUntil = now + Lease,
                Summary = DraftThemes.Refresh(draft.Summary, data.Contributions) with { Review = PanelBalance.Review(members) },
            };
            if (await drafts.TrySaveAsync(claimed, found.Version, null, cancellationToken).ConfigureAwait(false) is { } version)
            {
                return new PublishClaim(ClaimOutcome.Claimed, claimed, members, data.Round, version);
            }
        }

        return PublishClaim.Not(ClaimOutcome.BeingPosted);
    }

    /// <summary>Records that the claimed draft was posted, with a line in the change log.</summary>
    /// <returns>False when another instance took the post over meanwhile (its lease had ended).</returns>
    public async Task<bool> CompleteAsync(PublishClaim claim, PanelActor actor, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var draft = claim.Draft! with { State = DraftState.Published, PublishedAt = now, LeaseUntil = null };
        var review = draft.Summary.Review!;
        var change = new PanelChange(draft.RoundId, now, actor, new ChangeNote(PanelChangeKind.Published, Count: review.LivedExperience, Of: review.Members), draft.DraftId);
        return await drafts.TrySaveAsync(draft, claim.Version, change, cancellationToken).ConfigureAwait(false) is not null;
    }

    /// <summary>Puts the draft back in review when it could not be posted, so it can be tried again.</summary>
    public async Task ReleaseAsync(PublishClaim claim, CancellationToken cancellationToken)
    {
        var draft = claim.Draft! with { State = DraftState.InReview, LeaseUntil = null };
        await drafts.TrySaveAsync(draft, claim.Version, null, cancellationToken).ConfigureAwait(false);
    }
}

/// <summary>Whether this instance may post the draft, and what it needs to do so.</summary>
public sealed record PublishClaim(ClaimOutcome Outcome, PanelDraft? Draft, IReadOnlyList<PanelMember> Members, SummaryRound? Round = null, string? Version = null)
{
    public static PublishClaim Not(ClaimOutcome outcome, PanelDraft? draft = null, IReadOnlyList<PanelMember>? members = null) =>
        new(outcome, draft, members ?? []);
}

/// <summary>Why a draft may or may not be posted now.</summary>
public enum ClaimOutcome
{
    Claimed,
    NoDraft,
    NotYet,
    BeingPosted,
    AlreadyPosted,
}
