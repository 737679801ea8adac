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

    /// <summary>
    /// The bot's own sentences on the card: every TextBlock, each ending as a sentence. People's words (in RichTextBlocks,
    /// see CardElements.Words) are theirs, not ours to grade, and button titles, input labels and choices are short
    /// names: counted as sentences they would make any dense line beside them look easy.
    /// </summary>
    public static string VisibleText(JsonNode? node)
    {
        var parts = new List<string>();
        Collect(node, parts);
        // Markdown markers are not words.
        return string.Join(" ", parts.Select(p => p.TrimEnd() is var t && t.Length > 0 && ".!?:".Contains(t[^1]) ? t : t + "."))
            .Replace("**", string.Empty, StringComparison.Ordinal);
    }

    public static int WordCount(string text) => Word().Matches(text).Count;

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
                if (obj["type"]?.GetValue<string>() == "TextBlock" && obj["text"] is JsonValue text && text.TryGetValue<string>(out var words))
                {
                    // A line of facts ("10 shared · 3 themes", "started 1 Jan · closed") is read as a list, not prose.
                    if (!words.Contains('·', StringComparison.Ordinal))
                    {
                        parts.Add(words);
                    }

                    return;
                }

                foreach (var (key, value) in obj)
                {
                    if (key is not "data" and not "fallback")
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
