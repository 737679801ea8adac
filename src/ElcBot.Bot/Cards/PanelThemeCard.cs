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
        return Card(
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
                Choices(MergeInput, "Join it with another theme", others.Select(t => (t.ThemeId, PanelWords.Shorten(t.Label, 60))), null, expanded: false),
                Actions(Execute("Join the two themes", PanelCardActions.Merge, ids))),
            quotable.Length == 0 ? null : Container(separator: true,
                SplitChoices(quotable),
                TextInput(SplitNameInput, "Name for the new theme", null, DraftEdits.MaxLabelLength, multiline: false),
                hidden > 0 ? Text($"{hidden} more are not listed because their authors asked not to be quoted. They stay in this theme.", subtle: true) : null,
                Actions(Execute("Make the new theme", PanelCardActions.Split, ids))),
        ]).WithActions(Execute("Back to the draft", PanelCardActions.ShowDraft, PanelDraftCard.Ids(draft)).WithoutInputs());
    }

    /// <summary>Reads the ids ticked for a split (Teams sends them comma-separated).</summary>
    public static IReadOnlyCollection<string> Chosen(string? value) =>
        (value ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);

    private static JsonObject SplitChoices(IReadOnlyList<SummaryContribution> quotable)
    {
        var choices = Choices(SplitInput, "Tick the ideas to move to a new theme",
            quotable.Take(MaxChoices).Select(m => (m.Id, PanelWords.Shorten(m.Text, 100))), null, expanded: quotable.Count <= 10);
        choices["isMultiSelect"] = true;
        return choices;
    }
}
