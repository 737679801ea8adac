using ElcBot.Core.Summaries;

namespace ElcBot.Core.Panels;

/// <summary>A summary waiting for its review panel: one shared draft per round that every member edits.</summary>
/// <param name="RoundId">The round.</param>
/// <param name="DraftId">The summary's id; buttons on older drafts carry another and are turned away.</param>
/// <param name="Summary">The summary as the panel has left it so far.</param>
/// <param name="State">In review, being posted, or posted.</param>
/// <param name="SentAt">When the draft went to the panel.</param>
/// <param name="Deadline">After this a facilitator may post it without a majority.</param>
/// <param name="ApprovedBy">User ids of members who approved this version (a change to the content clears it).</param>
/// <param name="LeaseUntil">While posting: when another instance may take over if this one stopped.</param>
/// <param name="PublishedAt">When it was posted.</param>
/// <param name="Revision">How many times the panel changed its content; an approval is for the version it was given on.</param>
/// <param name="RemindAt">When members who have not approved get a reminder; null when none is due (or it was sent).</param>
/// <param name="ReminderLeaseUntil">While a reminder is being sent: when another instance may take over if this one stopped.</param>
/// <param name="DeliverBy">
/// While the draft still owes messages (<paramref name="FirstSendPending"/>, <paramref name="AskAgain"/>): the instance
/// that owes them sends them and clears it; once this time has passed, that instance stopped part-way and the
/// scheduler sends them instead.
/// </param>
/// <param name="FirstSendPending">The draft was made but not yet sent to every member.</param>
/// <param name="AskAgain">Members whose approval a change set aside and who have not yet been asked to look again.</param>
public sealed record PanelDraft(
    string RoundId,
    string DraftId,
    RoundSummary Summary,
    DraftState State,
    DateTimeOffset SentAt,
    DateTimeOffset Deadline,
    IReadOnlyList<string> ApprovedBy,
    DateTimeOffset? LeaseUntil = null,
    DateTimeOffset? PublishedAt = null,
    int Revision = 0,
    DateTimeOffset? RemindAt = null,
    DateTimeOffset? ReminderLeaseUntil = null,
    DateTimeOffset? DeliverBy = null,
    bool FirstSendPending = false,
    IReadOnlyList<string>? AskAgain = null)
{
    /// <summary>Approvals that count: only from people still on the panel.</summary>
    public int Approvals(IReadOnlyCollection<PanelMember> members) => members.Count(m => ApprovedBy.Contains(m.UserId));

    /// <summary>Members still on the panel who have not approved this version.</summary>
    public IReadOnlyList<PanelMember> Waiting(IEnumerable<PanelMember> members) => members.Where(m => !ApprovedBy.Contains(m.UserId)).ToArray();

    public bool MajorityApproved(IReadOnlyCollection<PanelMember> members) =>
        members.Count > 0 && Approvals(members) >= PanelBalance.Majority(members.Count);

    /// <summary>A facilitator may post it once most of the panel approved, or once the deadline has passed.</summary>
    public bool MayPublish(IReadOnlyCollection<PanelMember> members, DateTimeOffset now) =>
        MajorityApproved(members) || now >= Deadline;
}

/// <summary>Where a draft is on its way to the channel.</summary>
public enum DraftState
{
    InReview,
    Publishing,
    Published,
}

/// <summary>A draft with the storage version it was read at, for writing it back only if nobody else did meanwhile.</summary>
public sealed record VersionedDraft(PanelDraft Draft, string Version);
