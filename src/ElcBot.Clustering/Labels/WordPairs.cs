using ElcBot.Clustering.Text;

namespace ElcBot.Clustering.Labels;

/// <summary>
/// Puts two label words back together when members write them side by side: "Studio, Visual" becomes "Visual Studio"
/// and "Mac, OS" becomes "Mac OS", in the members' order.
/// </summary>
public static class WordPairs
{
    /// <summary>
    /// The label's words with each pair that most members who use both write as "first second" joined into one item,
    /// placed where the better-ranked of the two stood.
    /// </summary>
    /// <param name="keys">The label's words, best first, in lower case.</param>
    /// <param name="members">Each member's words, in order.</param>
    public static IReadOnlyList<IReadOnlyList<string>> Join(IReadOnlyList<string> keys, IReadOnlyList<WordTokenizer.Word[]> members)
    {
        var items = keys.Select(k => (IReadOnlyList<string>)[k]).ToList();
        if (keys.Count < 2)
        {
            return items;
        }

        var sequences = members.Select(m => m.Select(w => w.Key).ToArray()).ToArray();
        var pairs = from first in keys
                    from second in keys
                    where first != second
                    let both = sequences.Count(s => s.Contains(first) && s.Contains(second))
                    let adjacent = sequences.Count(s => Adjacent(s, first, second))
                    // Two members at least, and most of those who use both words.
                    where adjacent >= 2 && adjacent * 2 > both
                    orderby adjacent descending, first, second
                    select (First: first, Second: second);
        foreach (var (first, second) in pairs.ToArray())
        {
            var a = items.FindIndex(i => i.Count == 1 && i[0] == first);
            var b = items.FindIndex(i => i.Count == 1 && i[0] == second);
            if (a < 0 || b < 0)
            {
                // One of them is already in a pair.
                continue;
            }

            items[Math.Min(a, b)] = [first, second];
            items.RemoveAt(Math.Max(a, b));
        }

        return items;
    }

    private static bool Adjacent(string[] words, string first, string second)
    {
        for (var i = 0; i + 1 < words.Length; i++)
        {
            if (words[i] == first && words[i + 1] == second)
            {
                return true;
            }
        }

        return false;
    }
}
