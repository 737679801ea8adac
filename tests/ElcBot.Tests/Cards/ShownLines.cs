using System.Text.Json.Nodes;

namespace ElcBot.Tests.Cards;

/// <summary>
/// Each paragraph a card shows, as people read it: a text block's text, or the runs of a rich text block joined.
/// </summary>
/// <remarks>Lets a test check what a line says without caring whether it is built from one block or several runs.</remarks>
public static class ShownLines
{
    public static IReadOnlyList<string> Of(string cardJson) =>
    [
        .. Elements(JsonNode.Parse(cardJson)).Select(e => (string?)e["type"] switch
        {
            "TextBlock" => (string)e["text"]!,
            "RichTextBlock" => string.Concat(e["inlines"]!.AsArray().Select(r => (string?)r!["text"])),
            _ => null,
        }).OfType<string>(),
    ];

    /// <summary>The text of every run shown bold, the way a theme's name or a question is set apart.</summary>
    public static IReadOnlyList<string> BoldRuns(string cardJson) =>
        [.. Blocks(JsonNode.Parse(cardJson), "TextRun").Where(r => (string?)r["weight"] == "Bolder").Select(r => (string)r["text"]!)];

    /// <summary>Every element of the given type, anywhere in the card.</summary>
    public static IEnumerable<JsonObject> Blocks(JsonNode? node, string type) => Elements(node).Where(e => (string?)e["type"] == type);

    /// <summary>Every object in the card in reading order, leaving out what actions send back (their data and fallbacks).</summary>
    private static IEnumerable<JsonObject> Elements(JsonNode? node)
    {
        if (node is JsonObject obj)
        {
            yield return obj;
        }

        var children = node switch
        {
            JsonObject o => o.Where(p => p.Key is not "data" and not "fallback").Select(p => p.Value),
            JsonArray a => a,
            _ => [],
        };
        foreach (var child in children)
        {
            foreach (var element in Elements(child))
            {
                yield return element;
            }
        }
    }
}
