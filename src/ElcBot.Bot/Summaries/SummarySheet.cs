using ElcBot.Core.Contributions;
using ElcBot.Core.Summaries;

namespace ElcBot.Bot.Summaries;

/// <summary>Turns a round's contributions and its latest summary into the facilitators' spreadsheet rows.</summary>
/// <remarks>Facilitators see every contribution, including "for the facilitators only"; the consent column says how each may be used.</remarks>
public static class SummarySheet
{
    public static string Build(IReadOnlyList<SummaryContribution> contributions, RoundSummary? summary)
    {
        var themeOf = summary?.Themes
            .SelectMany(t => t.MemberIds.Select(id => (id, t.Label)))
            .GroupBy(x => x.id)
            .ToDictionary(g => g.Key, g => g.First().Label) ?? [];
        return SpreadsheetWriter.Write(contributions
            .OrderBy(c => c.SharedAt)
            .Select(c => new SheetRow(
                c.Id,
                c.Kind == ContributionKind.Story ? "story" : "idea",
                c.Text,
                RoleWord(c.Role),
                ConsentWord(c.Consent),
                themeOf.GetValueOrDefault(c.Id, c.Consent == ConsentLevel.FacilitatorsOnly ? "(kept out of themes)" : "(other ideas)"),
                c.SupporterGroups.Count,
                c.SharedAt,
                c.Imported)));
    }

    private static string RoleWord(ContributorRole role) => role switch
    {
        ContributorRole.UsesServices => "uses services",
        ContributorRole.Carer => "carer",
        ContributorRole.HealthOrCareStaff => "health or care staff",
        ContributorRole.VoluntarySectorStaff => "voluntary sector",
        _ => "other",
    };

    private static string ConsentWord(ConsentLevel consent) => consent switch
    {
        ConsentLevel.MayQuote => "may quote",
        ConsentLevel.ThemesOnly => "themes only",
        _ => "facilitators only",
    };
}
