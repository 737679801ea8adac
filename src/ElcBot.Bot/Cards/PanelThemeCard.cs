using System.Text.Json.Nodes;
using ElcBot.Core.Contributions;
using ElcBot.Core.Panels;
using ElcBot.Core.Summaries;
using static ElcBot.Bot.Cards.CardElements;
using static ElcBot.Bot.Cards.FormElements;

namespace ElcBot.Bot.Cards;

/// <summary>The changes a panel member can make to one theme: rename it, say its name is wrong, join it with another, or split it.</summary>
/// <remarks>
/// Splitting lists only words their authors allowed to be quoted; the rest stay in the theme, so no one on the panel
/// reads words that were shared for themes only.
/// </remarks>
public static class PanelThemeCard
{
    public const string Title = "Change a theme";
    public const string NameInput = "newName";
    public const string MergeInput = "mergeWith";
    public const string SplitInput = "splitIds";
    public const string SplitNameInput = "splitName";
    public const int MaxChoices = 30;

    public static JsonObject Build(PanelDraft draft, ThemeDigest theme, IReadOnlyList<SummaryContribution> members, string? problem = null)
    {
        var ids = PanelDraftCard.ThemeIds(draft, theme);
        var others = draft.Summary.Themes.Where(t => t.ThemeId != theme.ThemeId).ToArray();
        var quotable = members.Where(m => m.Consent == ConsentLevel.MayQuote).ToArray();
        var hidden = members.Count - quotable.Length;
        // Up to MaxChoices ideas to split off, fewer when their words (in Chinese, three bytes a letter) would not fit.
        return CardBudget.MostThatFit(Math.Min(MaxChoices, quotable.Length), listed => Card(
        [
            Heading(Title),
            Line(Run(theme.Label, weight: "Bolder"), Run($" ({PanelWords.LabelStatus(theme.LabelStatus)})")),
            Text(VoiceWords.ThemeLine(theme), subtle: true),
            FieldProblem(problem),
            Container(separator: true,
                TextInput(NameInput, "A better name", theme.Label, DraftEdits.MaxLabelLength, multiline: false),
                Actions(Execute("Save the new name", PanelCardActions.Rename, ids, style: "positive")),
                Text("Not sure what it should be? You can just say the name is wrong.", subtle: true),
                Actions(Execute("Say the name is wrong", PanelCardActions.MarkWrong, ids))),
            others.Length == 0 ? null : Container(separator: true,
                Choices(MergeInput, "Join it with another theme", others.Select(t => (t.ThemeId, ShownWords.Shorten(t.Label, 60))), null, expanded: false),
                Actions(Execute("Join the two themes", PanelCardActions.Merge, ids))),
            quotable.Length == 0 ? null : Container(separator: true,
                SplitChoices(quotable, listed),
                listed < quotable.Length ? Text(NotListed(quotable.Length - listed), subtle: true) : null,
                TextInput(SplitNameInput, "Name for the new theme", null, DraftEdits.MaxLabelLength, multiline: false),
                hidden switch
                {
                    0 => null,
                    1 => Text("1 more is not listed because its author asked not to be quoted. It stays in this theme.", subtle: true),
                    _ => Text($"{hidden} more are not listed because their authors asked not to be quoted. They stay in this theme.", subtle: true),
                },
                Actions(Execute("Make the new theme", PanelCardActions.Split, ids))),
        ]).WithActions(Execute("Back to the draft", PanelCardActions.ShowDraft, PanelDraftCard.Ids(draft)).WithoutInputs()));
    }

    /// <summary>Reads the ids ticked for a split (Teams sends them comma-separated).</summary>
    public static IReadOnlyCollection<string> Chosen(string? value) =>
        (value ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);

    /// <summary>Said when some ideas that could be split off are not listed: they are listed once some of these are moved.</summary>
    public static string NotListed(int count) =>
        $"{count} more {(count == 1 ? "is" : "are")} not listed, as there isn't room in one message. Once you have moved some of these, open this theme again to see the rest.";

    private static JsonObject SplitChoices(IReadOnlyList<SummaryContribution> quotable, int listed)
    {
        var choices = Choices(SplitInput, "Tick the ideas to move to a new theme",
            quotable.Take(listed).Select(m => (m.Id, ShownWords.Shorten(m.Text, 100))), null, expanded: quotable.Count <= 10);
        choices["isMultiSelect"] = true;
        return choices;
    }
}
