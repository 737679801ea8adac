using System.Text.Json.Nodes;
using ElcBot.Bot.CardActions;
using ElcBot.Core.Rounds;
using static ElcBot.Bot.Cards.CardElements;

namespace ElcBot.Bot.Cards;

/// <summary>In a direct chat: the open rounds of the person's teams, each with buttons to share or see the ideas.</summary>
public static class RoundPickerCard
{
    public const string Title = "Where would you like to share?";
    public const int MaxShown = 10;

    public static JsonObject Build(IReadOnlyList<Round> rounds)
    {
        var body = new List<JsonNode?> { Heading(Title) };
        if (rounds.Count == 0)
        {
            body.Add(Text("There are no open rounds in your teams right now. I'll be here when one starts."));
        }

        foreach (var round in rounds.Take(MaxShown))
        {
            var ids = new JsonObject { ["roundId"] = round.Id };
            var question = FirstWords(round.Question);
            body.Add(Container(
                separator: true,
                Words(round.Question, weight: "Bolder"),
                Text(StageWords.Of(round.Stage), subtle: true, size: "Small"),
                Actions(
                    Execute("Share a story", CardActionNames.OpenStoryForm, ids, tooltip: $"Share a story in the round: {question}"),
                    Execute("Share an idea", CardActionNames.OpenIdeaForm, ids, tooltip: $"Share an idea in the round: {question}"),
                    Execute("See the ideas", CardActionNames.IdeasPage, new JsonObject { ["roundId"] = round.Id, ["page"] = 0, ["below"] = true },
                        tooltip: $"See the ideas in the round: {question}"))));
        }

        return Card(body.ToArray());
    }
}
