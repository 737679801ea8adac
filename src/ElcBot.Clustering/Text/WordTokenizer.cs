using System.Globalization;
using System.Text;

namespace ElcBot.Clustering.Text;

/// <summary>Splits text into words: runs of letters and digits in any script (apostrophes kept inside words).</summary>
public static class WordTokenizer
{
    /// <summary>A word as written and its lower-case key.</summary>
    public readonly record struct Word(string Surface, string Key);

    /// <summary>Every word in order; emoji, punctuation and symbols are separators.</summary>
    public static IEnumerable<Word> Words(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            yield break;
        }

        var current = new StringBuilder();
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : ' ';
            var inner = c is '\'' or '’' && current.Length > 0 && i + 1 < text.Length && char.IsLetter(text[i + 1]);
            if (char.IsLetterOrDigit(c) || inner || (current.Length > 0 && IsCombining(c)))
            {
                current.Append(c == '’' ? '\'' : c);
                continue;
            }

            if (current.Length > 0)
            {
                var surface = current.ToString();
                current.Clear();
                yield return new Word(surface, surface.ToLower(CultureInfo.InvariantCulture));
            }
        }
    }

    /// <summary>Words worth counting for labels and TF-IDF: no stop words, no bare numbers, at least two characters.</summary>
    public static IEnumerable<Word> ContentWords(string? text) => Words(text).Where(IsContent);

    /// <summary>Whether a word is worth counting (see <see cref="ContentWords"/>).</summary>
    public static bool IsContent(Word word) => word.Key.Length > 1 && !StopWords.Contains(word.Key) && !word.Key.All(char.IsDigit);

    private static bool IsCombining(char c) =>
        char.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
}
