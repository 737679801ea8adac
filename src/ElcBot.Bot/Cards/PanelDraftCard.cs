using System.Text.Json.Nodes;
using ElcBot.Core.Panels;
using ElcBot.Core.Summaries;
using static ElcBot.Bot.Cards.CardElements;

namespace ElcBot.Bot.Cards;

/// <summary>The shared draft as one panel member sees it in personal chat: its themes, a page at a time, and Approve.</summary>
/// <remarks>
/// The card asks Teams to refresh it for its reader whenever it is shown, so each member sees the draft as it stands
/// now, with everyone's changes, not as it was sent.
/// </remarks>
public static class PanelDraftCard
{
    public const string Title = "Draft summary to check";
    public const string PostedTitle = "Summary posted";
    public const int ThemesPerPage = 6;
    public const string RevisionKey = "revision";

    /// <summary>Every quote first; then fewer, until the page fits in one Teams message.</summary>
    private static readonly int[] QuotesPerTheme = [int.MaxValue, 2, 1, 0];

    public static string MoreQuotes(int count) => count == 1
        ? "1 more quote is not shown here, to keep this card small enough for Teams."
        : $"{count} more quotes are not shown here, to keep this card small enough for Teams.";

    /// <param name="draft">The draft as it stands.</param>
    /// <param name="members">The panel.</param>
    /// <param name="viewerId">The member the card is for.</param>
    /// <param name="page">Which page of themes.</param>
    /// <param name="notice">What their press did, on top.</param>
    /// <param name="problem">Why their press changed nothing, on top, set apart from a notice of something done.</param>
    public static JsonObject Build(PanelDraft draft, IReadOnlyList<PanelMember> members, string viewerId, int page = 0, string? notice = null, string? problem = null)
    {
        var summary = draft.Summary;
        var pages = Math.Max(1, (summary.Themes.Count + ThemesPerPage - 1) / ThemesPerPage);
        page = Math.Clamp(page, 0, pages - 1);
        var inReview = draft.State == DraftState.InReview;
        var shown = summary.Themes.Skip(page * ThemesPerPage).Take(ThemesPerPage).ToArray();
        // Every theme must stay on its page to be checked, so in long words (Chinese, Hindi) fewer quotes are shown instead.
        return CardBudget.FirstThatFits(QuotesPerTheme, maxQuotes => Card(
        [
            Heading(draft.State == DraftState.Published ? PostedTitle : Title),
            Words(summary.Question, weight: "Bolder"),
            Text(State(draft, members)),
            problem is null ? null : Words(problem, weight: "Bolder", color: "Attention"),
            notice is null ? null : Words(notice, weight: "Bolder", color: "Good"),
            inReview && draft.ApprovedBy.Contains(viewerId) ? Text("You have approved this version. If anyone changes it, I'll ask you to check it again.", subtle: true) : null,
            Subheading("Themes"),
            shown.Length == 0 ? Text("There are not enough ideas yet to see themes.") : null,
            .. shown.Select(t => ThemeBlock(draft, t, inReview, maxQuotes)),
            pages > 1 ? Text($"Page {page + 1} of {pages}", subtle: true) : null,
            summary.OtherIdeas > 0 ? Text($"Ideas that don't fit a theme yet: {summary.OtherIdeas}.", subtle: true) : null,
        ]).WithRefreshAndActions(draft, viewerId, page, pages, inReview));
    }

    /// <summary>The card refreshed for its reader, with Approve and the page buttons.</summary>
    private static JsonObject WithRefreshAndActions(this JsonObject card, PanelDraft draft, string viewerId, int page, int pages, bool inReview)
    {
        card["refresh"] = new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = PanelCardActions.ShowDraft, ["data"] = Data(draft, PanelCardActions.ShowDraft, page) },
            ["userIds"] = new JsonArray(viewerId),
        };

        var actions = new List<JsonObject>();
        if (inReview && !draft.ApprovedBy.Contains(viewerId))
        {
            // The version shown goes with the press: if the draft changed before it lands, the member is shown the new one first.
            var approve = Ids(draft);
            approve[RevisionKey] = draft.Revision;
            actions.Add(Execute("Approve", PanelCardActions.Approve, approve, style: "positive"));
        }

        if (page + 1 < pages)
        {
            actions.Add(Execute("More themes", PanelCardActions.ShowDraft, Page(draft, page + 1)));
        }

        if (page > 0)
        {
            actions.Add(Execute("Back", PanelCardActions.ShowDraft, Page(draft, page - 1)).WithoutInputs());
        }

        return card.WithActions([.. actions]);
    }

    public static JsonObject Ids(PanelDraft draft) => new() { ["roundId"] = draft.RoundId, ["draftId"] = draft.DraftId };

    public static JsonObject ThemeIds(PanelDraft draft, ThemeDigest theme)
    {
        var ids = Ids(draft);
        ids["themeId"] = theme.ThemeId;
        return ids;
    }

    private static JsonObject Page(PanelDraft draft, int page)
    {
        var ids = Ids(draft);
        ids["page"] = page;
        return ids;
    }

    private static JsonObject Data(PanelDraft draft, string action, int page)
    {
        var data = Page(draft, page);
        data[CardActionData.ActionKey] = action;
        return data;
    }

    private static string State(PanelDraft draft, IReadOnlyList<PanelMember> members) => draft.State switch
    {
        // No thanks here: the approval that posts it already says "Thank you" in the notice just below.
        DraftState.Published => $"This summary was posted on {PanelWords.When(draft.PublishedAt ?? draft.SentAt)}, with the panel's changes.",
        DraftState.Publishing => "I'm posting this summary now, with the panel's changes.",
        _ => "You're on the review panel. Please check the themes before everyone sees them. You can change any theme. When you're happy, press Approve. " +
             PanelWords.Progress(draft, members),
    };

    private static JsonObject ThemeBlock(PanelDraft draft, ThemeDigest theme, bool inReview, int maxQuotes) => Container(separator: true,
    [
        Line(Run(theme.Label, weight: "Bolder"), Run($" ({PanelWords.LabelStatus(theme.LabelStatus)})")),
        Text(VoiceWords.ThemeLine(theme), subtle: true),
        .. SummaryCard.PeoplesWords(theme, maxQuotes),
        theme.Quotes.Count > maxQuotes ? Text(MoreQuotes(theme.Quotes.Count - maxQuotes), subtle: true) : null,
        inReview ? Actions(Execute("Change this theme", PanelCardActions.ShowTheme, ThemeIds(draft, theme), tooltip: $"Change the theme: {FirstWords(theme.Label)}")) : null,
    ]);
}
