using System.Globalization;
using System.Text.Json.Nodes;
using ElcBot.Bot.CardActions;
using ElcBot.Core.Rounds;
using static ElcBot.Bot.Cards.CardElements;

namespace ElcBot.Bot.Cards;

/// <summary>Asks a facilitator in personal chat which round their update is about (open or closed, newest first).</summary>
public static class UpdateRoundChoiceCard
{
    public const string Title = "Which round is your update about?";
    public const int MaxRounds = 10;

    public static JsonObject Build(IReadOnlyList<Round> rounds) => Card(
    [
        Heading(Title),
        rounds.Count == 0 ? Text("There are no rounds yet.") : null,
        .. rounds.Take(MaxRounds).Select(r => Container(separator: true,
            Words(r.Question, weight: "Bolder"),
            Text($"{r.Stage} stage · started {r.CreatedAt.ToString("d MMM yyyy", CultureInfo.GetCultureInfo("en-GB"))} · {(r.IsOpen ? "open" : "closed")}", subtle: true),
            Actions(Execute("Give an update", CardActionNames.UpdateRound, new JsonObject { ["roundId"] = r.Id }, tooltip: $"Give an update on the round: {FirstWords(r.Question)}")))),
    ]);
}
