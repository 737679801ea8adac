namespace ElcBot.Core.Panels;

/// <summary>One line of a panel's change log: who changed what, and when.</summary>
/// <param name="RoundId">The round.</param>
/// <param name="At">When.</param>
/// <param name="Actor">Who.</param>
/// <param name="Note">What.</param>
/// <param name="DraftId">The draft it touched, if any.</param>
public sealed record PanelChange(string RoundId, DateTimeOffset At, PanelActor Actor, ChangeNote Note, string? DraftId = null);

/// <summary>What changed. The meaning of each field depends on the kind (see <see cref="PanelChangeKind"/>).</summary>
/// <param name="Kind">The kind of change.</param>
/// <param name="Subject">A name: of the person or theme changed.</param>
/// <param name="Value">A role or a theme's new name.</param>
/// <param name="Count">A number, such as approvals so far.</param>
/// <param name="Of">Out of how many.</param>
/// <param name="SubjectId">For a change to the panel, the person's Teams user id, so "forget me" can find the line.</param>
/// <param name="ApprovalsReset">For a change to the draft, how many approvals of the version before it stopped counting.</param>
public sealed record ChangeNote(PanelChangeKind Kind, string? Subject = null, string? Value = null, int Count = 0, int Of = 0, string? SubjectId = null, int ApprovalsReset = 0);

/// <summary>The kinds of change the log records.</summary>
public enum PanelChangeKind
{
    /// <summary>Subject: the person (SubjectId: their id); Value: their role.</summary>
    MemberAdded,

    /// <summary>Subject: the person (SubjectId: their id).</summary>
    MemberRemoved,

    /// <summary>Count: how many panel members it went to.</summary>
    DraftSent,

    /// <summary>Subject: the old name; Value: the new name.</summary>
    Renamed,

    /// <summary>Subject: the name said to be wrong.</summary>
    MarkedWrong,

    /// <summary>Subject: the theme joined in; Value: the theme it joined.</summary>
    Merged,

    /// <summary>Subject: the theme split; Value: the new theme; Count: how many ideas moved.</summary>
    Split,

    /// <summary>Count: approvals so far; Of: panel size.</summary>
    Approved,

    /// <summary>Count: panel members with lived experience; Of: panel size.</summary>
    Published,

    /// <summary>Count: how many members who had not approved the draft were reminded before its deadline.</summary>
    Reminded,
}
