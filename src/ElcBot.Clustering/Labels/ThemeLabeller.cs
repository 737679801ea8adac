using ElcBot.Clustering.Text;

namespace ElcBot.Clustering.Labels;

/// <summary>
/// Labels each theme with the words that set it apart (class-based TF-IDF, as BERTopic does): a word's
/// frequency in the theme, weighted by how rare it is across themes. Only words members wrote are ever used,
/// in the form they most often wrote them, and two words members write side by side stay together ("Visual Studio"). A
/// theme where many members gave the same short answer is named by that answer.
/// </summary>
public static class ThemeLabeller
{
    /// <summary>Words in a label.</summary>
    public const int MaxWords = 4;

    /// <summary>One label per theme; <paramref name="themeTexts"/>[t] holds the members' texts of theme t.</summary>
    public static IReadOnlyList<string> Label(IReadOnlyList<IReadOnlyList<string>> themeTexts, CancellationToken cancellationToken)
    {
        if (themeTexts.Count == 0)
        {
            return [];
        }

        var counts = new List<Dictionary<string, int>>(themeTexts.Count);
        var surfaces = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        var totals = new Dictionary<string, int>(StringComparer.Ordinal);
        // Each member's words, read once and shared by every rule below.
        var themeWords = themeTexts.Select(texts => (IReadOnlyList<WordTokenizer.Word[]>)texts.Select(t => WordTokenizer.Words(t).ToArray()).ToArray()).ToArray();
        foreach (var members in themeWords)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var theme = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var word in members.SelectMany(m => m.Where(WordTokenizer.IsContent).DistinctBy(w => w.Key)))
            {
                // Counted once per member, so one long text cannot name a theme on its own.
                theme[word.Key] = theme.GetValueOrDefault(word.Key) + 1;
                totals[word.Key] = totals.GetValueOrDefault(word.Key) + 1;
                var forms = surfaces.TryGetValue(word.Key, out var f) ? f : surfaces[word.Key] = new(StringComparer.Ordinal);
                forms[word.Surface] = forms.GetValueOrDefault(word.Surface) + 1;
            }

            counts.Add(theme);
        }

        var averageWords = Math.Max(1.0, counts.Average(c => (double)c.Values.Sum()));
        return counts.Select((theme, t) => SharedAnswer.Find(themeWords[t]) ?? Compose(theme, themeWords[t], totals, surfaces, averageWords)).ToArray();
    }

    private static string Compose(
        Dictionary<string, int> theme, IReadOnlyList<WordTokenizer.Word[]> texts, Dictionary<string, int> totals, Dictionary<string, Dictionary<string, int>> surfaces, double averageWords)
    {
        var members = texts.Count;
        if (theme.Count == 0)
        {
            return string.Empty;
        }

        // c-TF-IDF: tf within the theme times log(1 + average words per theme / word's frequency over all themes).
        // A word must be used by two members when the theme has more than two, so one voice cannot name a theme.
        var minimumMembers = members > 2 ? 2 : 1;
        var ranked = theme.Where(p => p.Value >= minimumMembers)
            .Select(p => (Word: p.Key, Score: (double)p.Value / members * Math.Log(1 + (averageWords / totals[p.Key]))))
            .OrderByDescending(p => p.Score).ThenBy(p => p.Word, StringComparer.Ordinal)
            .ToList();
        if (ranked.Count == 0)
        {
            ranked = theme.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Select(p => (p.Key, 0.0)).ToList();
        }

        // One form of each word ("service", not "service, services"), then at most four.
        ranked = ranked.Where((p, i) => !ranked.Take(i).Any(q => Spelling.SameWord(q.Word, p.Word))).Take(MaxWords).ToList();

        // Drop trailing words that score far below the first, so a clear theme gets a short label.
        var top = ranked[0].Score;
        var kept = ranked.Where((p, i) => i < 2 || p.Score >= top * 0.5).ToList();
        if (kept.Count == 1 && PhraseAround.Find(texts, kept[0].Word) is { } phrase)
        {
            return phrase;
        }

        var items = WordPairs.Join(kept.Select(p => p.Word).ToArray(), texts);
        return string.Join(", ", items.Select(item => string.Join(' ', item.Select(word => Spelling.MostUsed(surfaces[word])))));
    }
}
