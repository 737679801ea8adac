using System.Globalization;
using System.Text.Json.Nodes;
using ElcBot.Core.Summaries;
using static ElcBot.Bot.Cards.CardElements;

namespace ElcBot.Bot.Cards;

/// <summary>Past summaries of a round, newest first, each with a button to see it again.</summary>
public static class SummariesListCard
{
    public const string Title = "Past summaries";
    public const string ShowAction = "summaryShow";

    public static JsonObject Build(IReadOnlyList<RoundSummary> summaries) => Card(
    [
        Heading(Title),
        summaries.Count == 0 ? Text("There are no summaries of this round yet. Type **summary** to make one.") : null,
        .. summaries.Select(s => Container(separator: true,
            Text($"**{Day(s)}**"),
            Text($"{s.Counts.Stories + s.Counts.Ideas} shared · {(s.Themes.Count == 1 ? "1 theme" : $"{s.Themes.Count} themes")}", subtle: true),
            Actions(Execute("Show it", ShowAction, SummaryCard.Ids(s), tooltip: $"Show the summary of {Day(s)}, {s.Counts.Stories + s.Counts.Ideas} shared")))),
    ]);

    private static string Day(RoundSummary summary) => summary.PeriodEnd.ToString("d MMM yyyy", CultureInfo.GetCultureInfo("en-GB"));
}
