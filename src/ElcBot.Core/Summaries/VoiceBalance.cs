using ElcBot.Core.Contributions;

namespace ElcBot.Core.Summaries;

/// <summary>Checks that the quotes a summary shows give lived experience its fair share.</summary>
public static class VoiceBalance
{
    /// <summary>How far below its share of contributions the lived-experience share of quotes may fall before we say so.</summary>
    public const double Tolerance = 0.10;

    /// <returns>A plain-English line when lived experience is under-quoted; null when the balance is fair.</returns>
    public static string? Note(IReadOnlyList<SummaryContribution> contributions, IReadOnlyList<ThemeDigest> themes)
    {
        var quotes = themes.SelectMany(t => t.Quotes).ToArray();
        if (contributions.Count == 0 || quotes.Length == 0)
        {
            return null;
        }

        var contributed = LivedShare(contributions);
        var quoted = (double)quotes.Count(q => q.Group == VoiceGroup.LivedExperience) / quotes.Length;
        if (quoted + Tolerance >= contributed)
        {
            return null;
        }

        // The reason is given only when it is the reason: quotes can come only from people who allowed quoting.
        var mayQuote = contributions.Where(c => c.Consent == ConsentLevel.MayQuote).ToArray();
        var because = mayQuote.Length == 0 || LivedShare(mayQuote) + Tolerance < contributed ? ", because fewer of them allowed quoting" : string.Empty;
        return $"People with lived experience gave {Percent(contributed)} of what was shared but only {Percent(quoted)} of the quotes here{because}.";
    }

    private static double LivedShare(IReadOnlyList<SummaryContribution> contributions) =>
        (double)contributions.Count(c => c.Group == VoiceGroup.LivedExperience) / contributions.Count;

    private static string Percent(double share) => $"{Math.Round(share * 100):0}%";
}
