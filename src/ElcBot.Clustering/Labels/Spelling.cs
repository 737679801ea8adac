namespace ElcBot.Clustering.Labels;

/// <summary>How a label writes a word: as members wrote it most, and no more than one of its forms.</summary>
public static class Spelling
{
    /// <summary>
    /// The form written most; on a tie the one with fewer capitals ("activity" over "actIvIty"), then the ordinal-first.
    /// So "NHS" stays "NHS" and "Parking" becomes "parking" if most wrote it so.
    /// </summary>
    public static string MostUsed(IReadOnlyDictionary<string, int> forms) =>
        forms.OrderByDescending(p => p.Value).ThenBy(p => p.Key.Count(char.IsUpper)).ThenBy(p => p.Key, StringComparer.Ordinal).First().Key;

    /// <summary>Whether two lower-case words are one word and its plural ("service" and "services", "activity" and "activities").</summary>
    public static bool SameWord(string a, string b) => string.Equals(Singular(a), Singular(b), StringComparison.Ordinal);

    // English plurals only, and only to keep a label from repeating itself; a wrong guess costs one label word.
    private static string Singular(string word) => word switch
    {
        { Length: > 4 } when word.EndsWith("ies", StringComparison.Ordinal) => word[..^3] + "y",
        { Length: > 4 } when word.EndsWith("ches", StringComparison.Ordinal) || word.EndsWith("shes", StringComparison.Ordinal)
            || word.EndsWith("sses", StringComparison.Ordinal) || word.EndsWith("xes", StringComparison.Ordinal) => word[..^2],
        { Length: > 3 } when word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) => word[..^1],
        _ => word,
    };
}
