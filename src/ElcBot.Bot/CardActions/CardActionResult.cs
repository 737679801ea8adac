using System.Text.Json.Nodes;

namespace ElcBot.Bot.CardActions;

/// <summary>What the person sees after pressing a button: a card in place of the pressed one, or a short message beside it.</summary>
public sealed record CardActionResult(JsonObject? Card, string? Message)
{
    public static CardActionResult Replace(JsonObject card) => new(card, null);

    public static CardActionResult Say(string message) => new(null, message);
}
