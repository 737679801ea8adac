using ElcBot.Clustering.Text;

namespace ElcBot.Clustering.Labels;

/// <summary>
/// The short answer many members of a theme gave word for word ("Nothing", "No complaints"), which names the theme better
/// than the words that set it apart: those answers are mostly stop words, so class-based TF-IDF would name it by whatever
/// rare word the few longer answers used.
/// </summary>
public static class SharedAnswer
{
    /// <summary>Longest answer, in words, that counts as a short answer.</summary>
    public const int MaxWords = 5;

    /// <summary>The answer at least a third of the members (and two or more) gave, as most of them wrote it; null when none.</summary>
    /// <param name="members">Each member's words, in order.</param>
    public static string? Find(IReadOnlyList<WordTokenizer.Word[]> members)
    {
        var needed = Math.Max(2, (members.Count + 2) / 3);
        var answers = members
            .Where(words => words.Length is > 0 and <= MaxWords)
            .GroupBy(words => string.Join(' ', words.Select(w => w.Key)), StringComparer.Ordinal)
            .Where(g => g.Count() >= needed)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .FirstOrDefault();
        if (answers is null)
        {
            return null;
        }

        // As most wrote it: "Nothing" rather than "nothing" or "NOTHING".
        return answers.Select(words => string.Join(' ', words.Select(w => w.Surface)))
            .GroupBy(s => s, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .First().Key;
    }
}
