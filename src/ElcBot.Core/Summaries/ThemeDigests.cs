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
    /// The most central quotable members, lived experience first. The second quote goes to whichever group is further
    /// below its share of the theme's members: one of each in a mixed theme, so voices sit side by side, but both
    /// from lived experience where it gave more than three in four of the theme, so the quotes do not under-represent it.
    /// Never the same words twice.
    /// </summary>
    private static IReadOnlyList<Quote> Quotes(IReadOnlyList<SummaryContribution> centralFirst)
    {
        var wordings = new HashSet<string>(StringComparer.Ordinal);
        var quotable = centralFirst.Where(m => m.Consent == ConsentLevel.MayQuote && wordings.Add(Wording(m.Text))).ToList();
        var livedShare = centralFirst.Count == 0 ? 0 : (double)centralFirst.Count(IsLived) / centralFirst.Count;
        var chosen = new List<SummaryContribution>();
        while (chosen.Count < MaxQuotes && quotable.Count > 0)
        {
            // How many quotes each group is owed once this one is added, less what it already has.
            var slots = chosen.Count + 1;
            var livedOwed = (livedShare * slots) - chosen.Count(IsLived);
            var othersOwed = ((1 - livedShare) * slots) - chosen.Count(m => !IsLived(m));
            var preferLived = chosen.Count == 0 || livedOwed >= othersOwed;
            var next = quotable.FirstOrDefault(m => IsLived(m) == preferLived) ?? quotable[0];
            chosen.Add(next);
            quotable.Remove(next);
        }

        return chosen.Select(m => new Quote(m.Id, m.Text, m.Group)).ToArray();
    }

    private static bool IsLived(SummaryContribution member) => member.Group == VoiceGroup.LivedExperience;

    // "Nothing." and "nothing" are the same words: letters and digits only, in lower case.
    private static string Wording(string text) => new(text.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());
}
