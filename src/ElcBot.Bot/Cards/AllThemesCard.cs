using System.Text.Json.Nodes;
using ElcBot.Core.Summaries;
using static ElcBot.Bot.Cards.CardElements;

namespace ElcBot.Bot.Cards;

/// <summary>Every theme of a summary, for when there are more than the summary card shows.</summary>
public static class AllThemesCard
{
    /// <summary>
    /// Enough for any round people can take in. Twenty-five panel-length names in a script of two bytes a letter (Urdu),
    /// each button with its tooltip naming the theme, came to 28 KB, too much for Teams.
    /// </summary>
    public const int MaxShown = 20;

    public static JsonObject Build(RoundSummary summary) => Card(
    [
        Heading($"All {summary.Themes.Count} themes"),
        Text(SummaryCard.GeneratedNote, subtle: true),
        .. summary.Themes.Take(MaxShown).Select(t => Container(separator: true,
            Line(Run(t.Label, weight: "Bolder"), Run($" ({SummaryCard.LabelNote(t.LabelStatus)})")),
            Text(VoiceWords.ThemeLine(t), subtle: true),
            Actions(SummaryCard.ThemeIdeasButton(summary, t)))),
        summary.Themes.Count > MaxShown ? Text($"And {summary.Themes.Count - MaxShown} smaller themes. A facilitator can get the spreadsheet to see them all.", subtle: true) : null,
    ]);
}
