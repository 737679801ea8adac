using ElcBot.Clustering.Text;

namespace ElcBot.Clustering.Labels;

/// <summary>
/// Widens a one-word label to the phrase members wrote it in ("looked" to "looked after", "think" to "think of anything"),
/// since a lone word often says little; the phrase is the words as written, in order, used by two or more members.
/// </summary>
public static class PhraseAround
{
    /// <summary>Longest phrase, in words.</summary>
    public const int MaxWords = 4;

    /// <summary>The run of 2 to 4 words holding <paramref name="key"/> that most members wrote (longer on a tie); null when none is shared.</summary>
    public static string? Find(IReadOnlyList<string> memberTexts, string key)
    {
        var phrases = new Dictionary<string, (int Members, Dictionary<string, int> Forms)>(StringComparer.Ordinal);
        foreach (var text in memberTexts)
        {
            var words = WordTokenizer.Words(text).ToArray();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (var start = 0; start < words.Length; start++)
            {
                for (var length = 2; length <= MaxWords && start + length <= words.Length; length++)
                {
                    var run = words.AsSpan(start, length).ToArray();
                    if (!run.Any(w => w.Key == key))
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
