using ElcBot.Clustering.Text;

namespace ElcBot.Clustering.Labels;

/// <summary>
/// Widens a one-word label to the phrase members wrote it in ("looked" to "looked after", "think" to "think of anything"),
/// since a lone word often says little; the phrase is the words as written, in order, used by two or more members. It
/// neither opens with a stop word nor ends on one that leaves it hanging.
/// </summary>
public static class PhraseAround
{
    /// <summary>Longest phrase, in words.</summary>
    public const int MaxWords = 4;

    // Words a phrase cannot end on: "possible to" and "think of" are cut short. "looked after" is whole, so not every stop word.
    private static readonly HashSet<string> DanglingEnds = new(
        ["a", "an", "and", "are", "at", "be", "but", "by", "for", "from", "in", "is", "it", "my", "of", "on", "or", "the", "to", "was", "with", "your"],
        StringComparer.Ordinal);

    /// <summary>The run of 2 to 4 words holding <paramref name="key"/> that most members wrote (longer on a tie); null when none is shared.</summary>
    /// <param name="members">Each member's words, in order.</param>
    /// <param name="key">The label's word, in lower case.</param>
    public static string? Find(IReadOnlyList<WordTokenizer.Word[]> members, string key)
    {
        var phrases = new Dictionary<string, (int Members, Dictionary<string, int> Forms)>(StringComparer.Ordinal);
        foreach (var words in members)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (var start = 0; start < words.Length; start++)
            {
                // "in Scala" or "is it possible to" says no more than its word: a phrase opens with a word that carries meaning.
                if (StopWords.Contains(words[start].Key))
                {
                    continue;
                }

                for (var length = 2; length <= MaxWords && start + length <= words.Length; length++)
                {
                    var run = words.AsSpan(start, length).ToArray();
                    if (!run.Any(w => w.Key == key) || DanglingEnds.Contains(run[^1].Key))
                    {
                        continue;
                    }

                    var phrase = string.Join(' ', run.Select(w => w.Key));
                    // Counted once per member, as label words are.
                    if (!seen.Add(phrase))
                    {
                        continue;
                    }

                    var entry = phrases.TryGetValue(phrase, out var found) ? found : (Members: 0, Forms: new Dictionary<string, int>(StringComparer.Ordinal));
                    var form = string.Join(' ', run.Select(w => w.Surface));
                    entry.Forms[form] = entry.Forms.GetValueOrDefault(form) + 1;
                    phrases[phrase] = (entry.Members + 1, entry.Forms);
                }
            }
        }

        var best = phrases.Where(p => p.Value.Members >= 2)
            .OrderByDescending(p => p.Value.Members).ThenByDescending(p => p.Key.Count(c => c == ' ')).ThenBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => p.Value.Forms)
            .FirstOrDefault();
        return best is null ? null : Spelling.MostUsed(best);
    }
}
