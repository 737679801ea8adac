using System.Text.Json.Nodes;
using ElcBot.Core.Summaries;
using static ElcBot.Bot.Cards.CardElements;

namespace ElcBot.Bot.Cards;

/// <summary>Every theme of a summary, for when there are more than the summary card shows.</summary>
public static class AllThemesCard
{
    /// <summary>
    /// Enough for any round people can take in; fewer are listed when even these would not fit one Teams message (names
    /// in Urdu or Chinese, each button with its tooltip naming the theme).
    /// </summary>
    public const int MaxShown = 25;

    public static JsonObject Build(RoundSummary summary) => CardBudget.MostThatFit(Math.Min(MaxShown, summary.Themes.Count), shown => Card(
    [
        Heading($"All {summary.Themes.Count} themes"),
        Text(SummaryCard.GeneratedNote, subtle: true),
        .. summary.Themes.Take(shown).Select(t => Container(separator: true,
            Line(Run(t.Label, weight: "Bolder"), Run($" ({SummaryCard.LabelNote(t.LabelStatus)})")),
            Text(VoiceWords.ThemeLine(t), subtle: true),
            Actions(SummaryCard.ThemeIdeasButton(summary, t)))),
        summary.Themes.Count > shown ? Text($"And {summary.Themes.Count - shown} smaller themes. A facilitator can get the spreadsheet to see them all.", subtle: true) : null,
    ]).WithActions(SummaryCard.BackToSummary(summary)));
}
