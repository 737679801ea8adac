using System.Text.Json.Nodes;

namespace ElcBot.Bot.Summaries;

/// <summary>What a summary card button shows the person who pressed it: a card in place of the pressed one, or a short message.</summary>
public sealed record SummaryActionResult(JsonObject? Card, string? Message)
{
    public static SummaryActionResult Show(JsonObject card) => new(card, null);

    public static SummaryActionResult Say(string message) => new(null, message);
}
