namespace ElcBot.Bot.Commands;

/// <summary>Finds the command someone most likely meant when they mistyped one ("sumary", "my contribution").</summary>
public static class CommandSpelling
{
    /// <returns>The command whose words are nearest the start of the text, or null when none is a slip of the keys away.</returns>
    public static BotCommand? Nearest(string text, IEnumerable<BotCommand> commands)
    {
        var words = text.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        BotCommand? best = null;
        var bestDistance = int.MaxValue;
        foreach (var command in commands)
        {
            var count = command.Name.Split(' ').Length;
            // The same number of words, or one fewer for a missing space ("forgetme").
            foreach (var take in new[] { count, count - 1 }.Where(n => n >= 1 && n <= words.Length).Distinct())
            {
                var typed = string.Join(' ', words.Take(take));
                // Lengths further apart than the slips allowed can never be near: no need to compare letter by letter,
                // which for a very long word costs a table of its length times the command's.
                if (Math.Abs(typed.Length - command.Name.Length) > Allowed(command.Name))
                {
                    continue;
                }

                var distance = Distance(typed, command.Name);
                if (distance <= Allowed(command.Name) && distance < bestDistance)
                {
                    (best, bestDistance) = (command, distance);
                }
            }
        }

        return best;
    }

    // One slip in a short command, two in a long one: more would start matching words people meant.
    private static int Allowed(string name) => name.Length >= 8 ? 2 : 1;

    /// <summary>
    /// The fewest letters added, removed or changed, or neighbours swapped ("hepl"), to turn one into the other
    /// (Damerau-Levenshtein, optimal string alignment).
    /// </summary>
    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(d[i - 1, j - 1] + cost, Math.Min(d[i - 1, j], d[i, j - 1]) + 1);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
