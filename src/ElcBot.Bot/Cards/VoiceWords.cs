using ElcBot.Core.Contributions;
using ElcBot.Core.Summaries;

namespace ElcBot.Bot.Cards;

/// <summary>The plain words cards use for roles and voice groups.</summary>
public static class VoiceWords
{
    public static string Group(VoiceGroup group) => group switch
    {
        VoiceGroup.LivedExperience => "lived experience",
        VoiceGroup.Staff => "staff",
        _ => "other",
    };

    /// <summary>How a quote is attributed: by group, never by name, since the card is posted to everyone.</summary>
    public static string QuoteAttribution(VoiceGroup group) => group switch
    {
        VoiceGroup.LivedExperience => "someone with lived experience",
        VoiceGroup.Staff => "someone who works in care",
        _ => "someone taking part",
    };

    /// <summary>How many people gave each role, in the words the form offers, most first: "2 carers, 1 person who uses services".</summary>
    public static string Roles(IReadOnlyDictionary<ContributorRole, int> byRole) => string.Join(", ", byRole
        .Where(r => r.Value > 0)
        .OrderByDescending(r => r.Value)
        .ThenBy(r => r.Key)
        .Select(r => r.Value == 1 ? $"1 {Role(r.Key, one: true)}" : $"{r.Value} {Role(r.Key, one: false)}"));

    private static string Role(ContributorRole role, bool one) => role switch
    {
        ContributorRole.UsesServices => one ? "person who uses services" : "people who use services",
        ContributorRole.Carer => one ? "carer" : "carers",
        ContributorRole.HealthOrCareStaff => one ? "health or care worker" : "health or care workers",
        ContributorRole.VoluntarySectorStaff => one ? "voluntary sector worker" : "voluntary sector workers",
        _ => one ? "person who said other or did not say" : "people who said other or did not say",
    };

    public static string Percent(double share) => $"{Math.Round(share * 100):0}%";

    /// <summary>
    /// How big a theme is and whose it is: who shared its ideas, and who said they matter to them, so a theme raised by
    /// one group and backed by the other reads as the shared ground the summary calls it.
    /// </summary>
    public static string ThemeLine(ThemeDigest theme)
    {
        var line = $"{theme.Size} shared · {Percent(theme.LivedExperienceShare)} lived experience · {Percent(theme.StaffShare)} staff";
        string[] support =
        [
            .. theme.LivedExperienceSupports > 0 ? [$"{theme.LivedExperienceSupports} lived experience"] : Array.Empty<string>(),
            .. theme.StaffSupports > 0 ? [$"{theme.StaffSupports} staff"] : Array.Empty<string>(),
        ];
        return support.Length == 0 ? line : $"{line} · support from {string.Join(" and ", support)}";
    }
}
