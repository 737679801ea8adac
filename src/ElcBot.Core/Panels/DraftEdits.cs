using ElcBot.Core.Summaries;
using ElcBot.Core.Text;

namespace ElcBot.Core.Panels;

/// <summary>The changes a panel member can make to a draft, as pure functions of the draft.</summary>
/// <remarks>
/// Members' voices, quotes and the lists that name themes are worked out again afterwards by
/// <see cref="DraftThemes.Refresh"/>, so each edit only moves ids and names. An approval is for the draft the member
/// saw: any change to its content makes a new version, and earlier approvals stop counting.
/// </remarks>
public static class DraftEdits
{
    public const int MaxLabelLength = 80;

    public static DraftEdit Rename(PanelDraft draft, string? themeId, string? label)
    {
        if (Find(draft, themeId) is not { } theme)
        {
            return DraftEdit.Refused(DraftEditOutcome.ThemeGone);
        }

        if (CheckLabel(label) is { } problem)
        {
            return DraftEdit.Refused(problem);
        }

        var name = TypedText.Clean(label);
        var renamed = theme with { Label = name, LabelStatus = ThemeLabelStatus.RenamedByPanel };
        var summary = Replace(draft.Summary, theme, renamed);
        summary = summary with { New = summary.New with { NewThemes = summary.New.NewThemes.Select(l => l == theme.Label ? name : l).ToArray() } };
        return Changed(draft, summary, new ChangeNote(PanelChangeKind.Renamed, theme.Label, name));
    }

    public static DraftEdit MarkWrong(PanelDraft draft, string? themeId)
    {
        if (Find(draft, themeId) is not { } theme)
        {
            return DraftEdit.Refused(DraftEditOutcome.ThemeGone);
        }

        var summary = Replace(draft.Summary, theme, theme with { LabelStatus = ThemeLabelStatus.QuestionedByPanel });
        return Changed(draft, summary, new ChangeNote(PanelChangeKind.MarkedWrong, theme.Label));
    }

    /// <summary>The other theme's members join this one, which keeps its name.</summary>
    public static DraftEdit Merge(PanelDraft draft, string? themeId, string? otherId)
    {
        if (Find(draft, themeId) is not { } theme)
        {
            return DraftEdit.Refused(DraftEditOutcome.ThemeGone);
        }

        if (string.IsNullOrEmpty(otherId) || otherId == themeId)
        {
            return DraftEdit.Refused(DraftEditOutcome.ChooseAnotherTheme);
        }

        if (Find(draft, otherId) is not { } other)
        {
            return DraftEdit.Refused(DraftEditOutcome.ThemeGone);
        }

        var joined = theme with { MemberIds = theme.MemberIds.Concat(other.MemberIds.Except(theme.MemberIds)).ToArray() };
        var summary = Replace(draft.Summary, theme, joined);
        summary = summary with
        {
            Themes = summary.Themes.Where(t => t.ThemeId != other.ThemeId).ToArray(),
            New = summary.New with { NewThemes = summary.New.NewThemes.Where(l => l != other.Label).ToArray() },
        };
        return Changed(draft, summary, new ChangeNote(PanelChangeKind.Merged, other.Label, theme.Label));
    }

    /// <summary>The chosen members leave this theme for a new one with the given name.</summary>
    public static DraftEdit Split(PanelDraft draft, string? themeId, IReadOnlyCollection<string> moving, string? label)
    {
        if (Find(draft, themeId) is not { } theme)
        {
            return DraftEdit.Refused(DraftEditOutcome.ThemeGone);
        }

        var moved = theme.MemberIds.Where(moving.Contains).ToArray();
        if (moved.Length == 0)
        {
            return DraftEdit.Refused(DraftEditOutcome.ChooseSomeIdeas);
        }

        if (moved.Length == theme.Size)
        {
            return DraftEdit.Refused(DraftEditOutcome.LeaveSomeIdeas);
        }

        if (CheckLabel(label) is { } problem)
        {
            return DraftEdit.Refused(problem);
        }

        var name = TypedText.Clean(label);
        var kept = theme with { MemberIds = theme.MemberIds.Except(moved).ToArray() };
        var created = new ThemeDigest(NextThemeId(draft.Summary), name, moved, 0, 0, [], null, ThemeLabelStatus.RenamedByPanel);
        var summary = Replace(draft.Summary, theme, kept);
        summary = summary with
        {
            Themes = [.. summary.Themes, created],
            New = summary.New.NewThemes.Contains(theme.Label) ? summary.New with { NewThemes = [.. summary.New.NewThemes, name] } : summary.New,
        };
        return Changed(draft, summary, new ChangeNote(PanelChangeKind.Split, theme.Label, name, moved.Length));
    }

    /// <summary>Records the member's approval; approving twice changes nothing.</summary>
    /// <param name="draft">The draft as it stands.</param>
    /// <param name="memberId">Who approves.</param>
    /// <param name="members">The panel.</param>
    /// <param name="seenRevision">The version the member was shown; null (a card sent before versions) takes the current one.</param>
    public static DraftEdit Approve(PanelDraft draft, string memberId, IReadOnlyCollection<PanelMember> members, int? seenRevision = null)
    {
        if (seenRevision is { } seen && seen != draft.Revision)
        {
            return DraftEdit.Refused(DraftEditOutcome.ChangedSinceSeen);
        }

        if (draft.ApprovedBy.Contains(memberId))
        {
            return DraftEdit.Refused(DraftEditOutcome.AlreadyApproved);
        }

        var approved = draft with { ApprovedBy = [.. draft.ApprovedBy, memberId] };
        return DraftEdit.Done(approved, new ChangeNote(PanelChangeKind.Approved, Count: approved.Approvals(members), Of: members.Count));
    }

    /// <summary>A new version of the content: approvals given on the one before no longer count.</summary>
    private static DraftEdit Changed(PanelDraft draft, RoundSummary summary, ChangeNote note) =>
        DraftEdit.Done(draft with { Summary = summary, ApprovedBy = [], Revision = draft.Revision + 1 }, note);

    private static ThemeDigest? Find(PanelDraft draft, string? themeId) =>
        themeId is null ? null : draft.Summary.Themes.FirstOrDefault(t => t.ThemeId == themeId);

    private static DraftEditOutcome? CheckLabel(string? label) => TypedText.Clean(label) switch
    {
        "" => DraftEditOutcome.NameMissing,
        { Length: > MaxLabelLength } => DraftEditOutcome.NameTooLong,
        _ => null,
    };

    private static RoundSummary Replace(RoundSummary summary, ThemeDigest old, ThemeDigest replacement) =>
        summary with { Themes = summary.Themes.Select(t => t.ThemeId == old.ThemeId ? replacement : t).ToArray() };

    private static string NextThemeId(RoundSummary summary)
    {
        var used = summary.Themes.Select(t => t.ThemeId).ToHashSet(StringComparer.Ordinal);
        var n = summary.Themes.Count + 1;
        while (used.Contains($"t{n}"))
        {
            n++;
        }

        return $"t{n}";
    }
}

/// <summary>What an edit did: the new draft and what to write in the change log, or why nothing changed.</summary>
public sealed record DraftEdit(DraftEditOutcome Outcome, PanelDraft? Draft, ChangeNote? Note)
{
    public static DraftEdit Done(PanelDraft draft, ChangeNote note) => new(DraftEditOutcome.Done, draft, note);

    public static DraftEdit Refused(DraftEditOutcome outcome) => new(outcome, null, null);
}

/// <summary>Why an edit did or did not go ahead.</summary>
public enum DraftEditOutcome
{
    Done,
    ThemeGone,
    NameMissing,
    NameTooLong,
    ChooseAnotherTheme,
    ChooseSomeIdeas,
    LeaveSomeIdeas,
    AlreadyApproved,
    ChangedSinceSeen,
    NotInReview,
    NotOnPanel,
    DraftGone,
    Busy,
}
