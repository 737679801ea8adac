using ElcBot.Core.Contributions;

namespace ElcBot.Core.Summaries;

/// <summary>Works out what a summary says about one theme: its voices, its quotes and its best-supported idea.</summary>
public static class ThemeDigests
{
    public const int MaxQuotes = 2;

    public static ThemeDigest Build(string themeId, FoundTheme theme, IReadOnlyDictionary<string, SummaryContribution> byId)
    {
        var members = theme.MemberIds.Where(byId.ContainsKey).Select(id => byId[id]).ToArray();
        var lived = members.Count(m => m.Group == VoiceGroup.LivedExperience);
        var staff = members.Count(m => m.Group == VoiceGroup.Staff);
        var supports = members.SelectMany(m => m.SupporterGroups).ToArray();
        var top = members
            .Where(m => m.Kind == ContributionKind.Idea && m.SupporterGroups.Count > 0)
            .OrderByDescending(m => m.SupporterGroups.Count)
            .FirstOrDefault();
        return new ThemeDigest(
            themeId,
            theme.Label,
            members.Select(m => m.Id).ToArray(),
            members.Length == 0 ? 0 : (double)lived / members.Length,
            members.Length == 0 ? 0 : (double)staff / members.Length,
            Quotes(members),
            top is null ? null : new SupportedIdea(top.Id, top.Consent == ConsentLevel.MayQuote ? top.Text : null, top.SupporterGroups.Count),
            LivedExperienceSupports: supports.Count(g => g == VoiceGroup.LivedExperience),
            StaffSupports: supports.Count(g => g == VoiceGroup.Staff));
    }

    /// <summary>
    /// The most central quotable members; when both lived experience and staff can be quoted, one of each,
    /// lived experience first, so staff voices do not crowd out the people the service is for. Never the same words twice.
    /// </summary>
    private static IReadOnlyList<Quote> Quotes(IReadOnlyList<SummaryContribution> centralFirst)
    {
        var wordings = new HashSet<string>(StringComparer.Ordinal);
        var quotable = centralFirst.Where(m => m.Consent == ConsentLevel.MayQuote && wordings.Add(Wording(m.Text))).ToArray();
        var lived = quotable.FirstOrDefault(m => m.Group == VoiceGroup.LivedExperience);
        var chosen = new List<SummaryContribution>();
        if (lived is not null)
        {
            chosen.Add(lived);
        }

        var other = quotable.FirstOrDefault(m => m.Group != VoiceGroup.LivedExperience) ?? quotable.FirstOrDefault(m => !chosen.Contains(m));
        if (other is not null && !chosen.Contains(other))
        {
            chosen.Add(other);
        }

        return chosen.Take(MaxQuotes).Select(m => new Quote(m.Id, m.Text, m.Group)).ToArray();
    }

    // "Nothing." and "nothing" are the same words: letters and digits only, in lower case.
    private static string Wording(string text) => new(text.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());
}
