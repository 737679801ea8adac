using System.Globalization;
using System.Text.Json.Nodes;
using ElcBot.Core.Summaries;
using static ElcBot.Bot.Cards.CardElements;

namespace ElcBot.Bot.Cards;

/// <summary>Earlier summaries of a round, newest first, each with a button to see it again.</summary>
public static class SummariesListCard
{
    public const string Title = "Earlier summaries";
    public const string ShowAction = "summaryShow";

    public static JsonObject Build(IReadOnlyList<RoundSummary> summaries) => Card(
    [
        Heading(Title),
        summaries.Count == 0 ? Text("There are no summaries of this round yet. Type **summary** to make one.") : null,
        .. summaries.Select(s => Container(separator: true,
            Text($"**{s.PeriodEnd.ToString("dddd d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"))}**"),
            Text($"{s.Counts.Stories + s.Counts.Ideas} stories and ideas · {s.Themes.Count} themes", subtle: true),
            Actions(Execute("Show this summary", ShowAction, SummaryCard.Ids(s))))),
    ]);
}
