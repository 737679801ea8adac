using System.Text.Json.Nodes;

namespace ElcBot.Tests.Cards;

/// <summary>
/// Each paragraph a card shows, as people read it: a text block's text, or the runs of a rich text block joined.
/// </summary>
/// <remarks>Lets a test check what a line says without caring whether it is built from one block or several runs.</remarks>
public static class ShownLines
{
    public static IReadOnlyList<string> Of(string cardJson)
    {
        var lines = new List<string>();
        Collect(JsonNode.Parse(cardJson), lines);
        return lines;
    }

    /// <summary>The text of every run shown bold, the way a theme's name or a question is set apart.</summary>
    public static IReadOnlyList<string> BoldRuns(string cardJson) =>
        [.. Blocks(JsonNode.Parse(cardJson), "TextRun").Where(r => (string?)r["weight"] == "Bolder").Select(r => (string)r["text"]!)];

    /// <summary>Every element of the given type, anywhere in the card (actions' data aside).</summary>
    public static IEnumerable<JsonObject> Blocks(JsonNode? node, string type)
    {
        switch (node)
        {
            case JsonObject obj:
                if ((string?)obj["type"] == type)
                {
                    yield return obj;
                }

                foreach (var (key, value) in obj)
                {
                    if (key is "data" or "fallback")
                    {
                        continue;
                    }

                    foreach (var found in Blocks(value, type))
                    {
                        yield return found;
                    }
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    foreach (var found in Blocks(item, type))
                    {
                        yield return found;
                    }
                }

                break;
        }
    }

    private static void Collect(JsonNode? node, List<string> lines)
    {
        switch (node)
        {
            case JsonObject obj when (string?)obj["type"] == "TextBlock":
                lines.Add((string)obj["text"]!);
                break;
            case JsonObject obj when (string?)obj["type"] == "RichTextBlock":
                lines.Add(string.Concat(obj["inlines"]!.AsArray().Select(r => (string?)r!["text"])));
                break;
            case JsonObject obj:
                foreach (var (key, value) in obj)
                {
                    if (key is not "data" and not "fallback")
                    {
                        Collect(value, lines);
                    }
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    Collect(item, lines);
                }

                break;
        }
    }
}
