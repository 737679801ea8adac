using System.Text.Json.Nodes;
using ElcBot.Bot.Summaries;
using ElcBot.Core.Summaries;
using ElcBot.Core.Summaries.Scheduling;
using static ElcBot.Bot.Cards.CardElements;

namespace ElcBot.Bot.Cards;

/// <summary>`schedule` in personal chat: each open round's weekly summary, and what to do about any that paused.</summary>
public static class ScheduleOverviewCard
{
    public const string Title = "Weekly summaries";
    private const int MaxRounds = 15;

    public static JsonObject Build(IReadOnlyList<(SummaryRound Round, SummarySchedule? Schedule)> rounds) => Card(
    [
        Heading(Title),
        Text("The open rounds in your organisation, and when I post each one's summary.", subtle: true),
        .. rounds.Take(MaxRounds).Select(x => Container(separator: true,
            Words(ShownWords.Shorten(x.Round.Question, 140), weight: "Bolder"),
            Text(ScheduleWords.Elsewhere(x.Schedule), color: x.Schedule is { Paused: true } ? "Attention" : null))),
        rounds.Count > MaxRounds ? Text($"And {rounds.Count - MaxRounds} more open rounds.", subtle: true) : null,
    ]);
}
