using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace ElcBot.Tests.Cards;

/// <summary>Flesch reading ease of the words a card shows: higher is easier; 60 to 70 is plain English.</summary>
public static partial class Readability
{
    public static double FleschReadingEase(string text)
    {
        var sentences = Math.Max(1, SentenceEnd().Matches(text + ".").Count);
        var words = Word().Matches(text).Select(m => m.Value).ToArray();
        if (words.Length == 0)
        {
            return 100;
        }

        var syllables = words.Sum(Syllables);
        return 206.835 - (1.015 * words.Length / sentences) - (84.6 * syllables / words.Length);
    }

    /// <summary>Every piece of text a person reads on the card: text blocks, facts and button titles.</summary>
    public static string VisibleText(JsonNode? node)
    {
        var parts = new List<string>();
        Collect(node, parts);
        // Markdown markers and quotes are not words.
        return string.Join(". ", parts).Replace("**", string.Empty, StringComparison.Ordinal);
    }

    /// <summary>Vowel groups, less a silent final e; every word has at least one.</summary>
    public static int Syllables(string word)
    {
        var w = word.ToLowerInvariant();
        var count = VowelGroup().Matches(w).Count;
        if (w.Length > 2 && w.EndsWith('e') && !w.EndsWith("le", StringComparison.Ordinal))
        {
            count--;
        }

        return Math.Max(1, count);
    }

    private static void Collect(JsonNode? node, List<string> parts)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, value) in obj)
                {
                    if (key is "text" or "title" or "value" or "label" or "placeholder" && value is JsonValue v && v.TryGetValue<string>(out var s))
                    {
                        parts.Add(s);
                    }
                    else if (key is not "data" and not "fallback")
                    {
                        Collect(value, parts);
                    }
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    Collect(item, parts);
                }

                break;
        }
    }

    [GeneratedRegex(@"[.!?]+(\s|$)")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"[A-Za-z]+(?:'[a-z]+)?")]
    private static partial Regex Word();

    [GeneratedRegex("[aeiouy]+")]
    private static partial Regex VowelGroup();
}
