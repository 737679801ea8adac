using System.Globalization;
using System.Text.Json.Nodes;
using ElcBot.Bot.CardActions;
using ElcBot.Core.Rounds;
using static ElcBot.Bot.Cards.CardElements;

namespace ElcBot.Bot.Cards;

/// <summary>The round as everyone in the conversation sees it, with buttons to share a story or an idea.</summary>
public static class RoundCard
{
    public const string OpenTitle = "Tell us what matters";
    public const string ClosedTitle = "This round is closed";

    public static JsonObject Build(Round round)
    {
        var ids = new JsonObject { ["roundId"] = round.Id };
        var card = Card(
            Heading(round.IsOpen ? OpenTitle : ClosedTitle),
            Words(round.Question, size: "Medium", weight: "Bolder"),
            Text(StageWords.Of(round.Stage), subtle: true),
            round.EndsOn is { } end && round.IsOpen ? Text($"You can share until {end.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"))}.", subtle: true) : null,
            Text(round.IsOpen
                ? "Everyone's voice counts the same. You can share without your name."
                : "Thank you to everyone who shared. Everything shared is kept."));
        return round.IsOpen
            ? card.WithActions(
                Execute("Share a story", CardActionNames.OpenStoryForm, ids),
                Execute("Share an idea", CardActionNames.OpenIdeaForm, ids),
                Execute("See the ideas", CardActionNames.IdeasPage, new JsonObject { ["roundId"] = round.Id, ["page"] = 0, ["below"] = true }))
            : card;
    }
}
