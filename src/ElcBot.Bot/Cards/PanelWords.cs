using System.Globalization;
using ElcBot.Core.Contributions;
using ElcBot.Core.Panels;
using ElcBot.Core.Summaries;

namespace ElcBot.Bot.Cards;

/// <summary>The plain words the review panel's cards and messages share.</summary>
public static class PanelWords
{
    private static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");
    private static readonly TimeZoneInfo UkTime = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    public const string LivedExperienceWarning =
        "Fewer than half of the panel are people with lived experience (people who use services, or carers). Please think about asking more of them to join.";

    /// <summary>The line a posted summary carries.</summary>
    public static string Reviewed(PanelReview review) =>
        $"Themes reviewed by a panel of {review.Members} ({review.LivedExperience} with lived experience)";

    public static string Size(IReadOnlyCollection<PanelMember> members) => members.Count switch
    {
        0 => "No one is on the panel yet.",
        1 => $"1 person, {PanelBalance.LivedExperience(members)} with lived experience.",
        var n => $"{n} people, {PanelBalance.LivedExperience(members)} with lived experience.",
    };

    /// <summary>A role as it reads after "as": "someone who uses services".</summary>
    public static string Role(ContributorRole role) => role == ContributorRole.OtherOrPreferNotToSay
        ? "someone taking part"
        : char.ToLowerInvariant(RoleWords.Of(role)[0]) + RoleWords.Of(role)[1..];

    /// <summary>"Thursday 5 March at 10:00", UK time.</summary>
    public static string When(DateTimeOffset at) =>
        TimeZoneInfo.ConvertTime(at, UkTime).ToString("dddd d MMMM 'at' HH:mm", EnGb);

    /// <summary>"5 Mar, 10:04", UK time, for the change log.</summary>
    public static string Short(DateTimeOffset at) =>
        TimeZoneInfo.ConvertTime(at, UkTime).ToString("d MMM, HH:mm", EnGb);

    /// <summary>How the review is going, for the draft and the panel list.</summary>
    public static string Progress(PanelDraft draft, IReadOnlyCollection<PanelMember> members)
    {
        var approved = draft.Approvals(members);
        var needed = PanelBalance.Majority(members.Count);
        var so = approved >= needed
            ? "Most of the panel have approved it."
            : $"I'll post it when {needed} {(needed == 1 ? "has" : "have")} approved.";
        return $"{approved} of {members.Count} on the panel have approved this version. {so} A facilitator can post it after {When(draft.Deadline)}.";
    }

    /// <summary>The line on top of a draft sent again to a member, saying why it came.</summary>
    public static string? Notice(PanelNotice why, PanelDraft draft) => why switch
    {
        PanelNotice.ApprovalSetAside => "Someone changed the draft after you approved it. Please have another look. If you're still happy with it, press Approve again.",
        PanelNotice.Draft => null,
        _ => $"A reminder: the panel can check this draft until {When(draft.Deadline)}. Please have a look, and press Approve if you're happy with it.",
    };

    public static string SentToPanel(IReadOnlyCollection<PanelMember> members, int reached, DateTimeOffset deadline)
    {
        var missed = members.Count - reached;
        var note = missed == 0 ? string.Empty : $" I couldn't reach {missed} of them, so they may need to open a chat with me first.";
        return $"I've sent a draft of the summary to the review panel ({Size(members).TrimEnd('.')}). They can change the themes before everyone sees them. I'll post it here when most of them approve it. A facilitator can post it after {When(deadline)}.{note}";
    }

    public static string Welcome(string name, string facilitator, string question) =>
        $"Hello {name}. {facilitator} has asked you to join the review panel for \"{question}\". Before each summary is posted, I'll send you a draft here. You can change the names of its themes, and say when you are happy with it.";

    /// <summary>One line of the change log.</summary>
    public static string Describe(PanelChange change)
    {
        var who = change.Actor.Name;
        var n = change.Note;
        return n.Kind switch
        {
            PanelChangeKind.MemberAdded => $"{who} added {n.Subject} to the panel as {RoleOf(n.Value)}.",
            PanelChangeKind.MemberRemoved => $"{who} took {n.Subject} off the panel.",
            PanelChangeKind.DraftSent => $"{who} sent a draft to {People(n.Count)} on the panel.",
            PanelChangeKind.Renamed => $"{who} renamed \"{n.Subject}\" to \"{n.Value}\".{Reset(n)}",
            PanelChangeKind.MarkedWrong => $"{who} said the name \"{n.Subject}\" is wrong.{Reset(n)}",
            PanelChangeKind.Merged => $"{who} joined \"{n.Subject}\" into \"{n.Value}\".{Reset(n)}",
            PanelChangeKind.Split => $"{who} moved {(n.Count == 1 ? "1 idea" : $"{n.Count} ideas")} from \"{n.Subject}\" to a new theme, \"{n.Value}\".{Reset(n)}",
            PanelChangeKind.Approved => $"{who} approved the draft ({n.Count} of {n.Of}).",
            PanelChangeKind.Reminded => $"{who} reminded {People(n.Count)} to check the draft before the deadline.",
            _ => $"{who} posted the summary. The panel had {People(n.Of)}, {n.Count} with lived experience.",
        };
    }

    /// <summary>Where a theme's name came from, as it reads in brackets after the name.</summary>
    public static string LabelStatus(ThemeLabelStatus status) => status switch
    {
        ThemeLabelStatus.RenamedByPanel => "named by the panel",
        ThemeLabelStatus.QuestionedByPanel => "made by ElcBot; the panel says it is wrong",
        _ => "made by ElcBot",
    };

    /// <summary>After a change to the draft: the approvals it set aside, if any.</summary>
    private static string Reset(ChangeNote note) => note.ApprovalsReset switch
    {
        0 => string.Empty,
        1 => " 1 approval from before no longer counts.",
        var n => $" {n} approvals from before no longer count.",
    };

    private static string People(int count) => count == 1 ? "1 person" : $"{count} people";

    private static string RoleOf(string? value) =>
        Enum.TryParse<ContributorRole>(value, out var role) ? Role(role) : "someone taking part";
}
