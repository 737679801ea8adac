using System.Text.Json.Nodes;
using ElcBot.Core.Summaries;
using static ElcBot.Bot.Cards.CardElements;

namespace ElcBot.Bot.Cards;

/// <summary>Asks a facilitator in personal chat which round to summarise.</summary>
public static class RoundChoiceCard
{
    public const string Title = "Which round?";
    public const string Action = "summaryForRound";
    private const int MaxRounds = 10;

    public static JsonObject Build(IReadOnlyList<SummaryRound> rounds) => Card(
    [
        Heading(Title),
        Text("Choose the round to summarise. I'll post the summary where the round is running."),
        .. rounds.Take(MaxRounds).Select(r => Container(separator: true,
            Words(r.Question, weight: "Bolder"),
            Text($"{r.Stage} stage · started {r.OpenedAt.ToString("d MMM", System.Globalization.CultureInfo.GetCultureInfo("en-GB"))}", subtle: true),
            Actions(Execute("Summarise this round", Action, new JsonObject { ["roundId"] = r.RoundId }, tooltip: $"Summarise the round: {FirstWords(r.Question)}")))),
    ]);
}
