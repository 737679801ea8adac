using System.Text.Json;
using System.Text.Json.Nodes;

namespace ElcBot.Cli.Bench.Load;

/// <summary>Reads the bot's answers to card actions (adaptiveCard/action invoke responses) as a Teams client would.</summary>
public static class CardReplies
{
    /// <summary>True when the answer is a short message (the pressed card stays) with exactly this text.</summary>
    public static bool Says(string body, string message) =>
        Parse(body) is JsonObject reply && reply["type"]?.GetValue<string>() == "application/vnd.microsoft.activity.message"
        && reply["value"] is JsonValue value && value.GetValueKind() == JsonValueKind.String && value.GetValue<string>() == message;

    /// <summary>The string values of <paramref name="key"/> in the button data of the answer's card, in order, each once.</summary>
    /// <param name="action">Only buttons with this action name; any button when null.</param>
    public static IReadOnlyList<string> Find(string body, string key, string? action = null)
    {
        var found = new List<string>();
        Walk(Parse(body), key, action, found);
        return found.Distinct(StringComparer.Ordinal).ToArray();
    }

    private static void Walk(JsonNode? node, string key, string? action, List<string> found)
    {
        switch (node)
        {
            case JsonObject item:
                if (item[key] is JsonValue value && value.GetValueKind() == JsonValueKind.String
                    && (action is null || item["elcAction"]?.GetValueKind() == JsonValueKind.String && item["elcAction"]!.GetValue<string>() == action))
                {
                    found.Add(value.GetValue<string>());
                }

                foreach (var (_, child) in item)
                {
                    Walk(child, key, action, found);
                }

                break;
            case JsonArray list:
                foreach (var child in list)
                {
                    Walk(child, key, action, found);
                }

                break;
        }
    }

    private static JsonNode? Parse(string body)
    {
        try
        {
            return body.Length == 0 ? null : JsonNode.Parse(body);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
