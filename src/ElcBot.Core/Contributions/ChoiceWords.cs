namespace ElcBot.Core.Contributions;

/// <summary>Reads roles, consent levels and kinds from the words people write in forms and spreadsheets.</summary>
public static class ChoiceWords
{
    public static bool TryRole(string? text, out ContributorRole role)
    {
        var t = Simplify(text);
        ContributorRole? found = t switch
        {
            "usesservices" or "someonewhousesservices" or "patient" or "serviceuser" or "person" => ContributorRole.UsesServices,
            "carer" or "family" or "someonewhocares" or "cares" => ContributorRole.Carer,
            "staff" or "healthorcarestaff" or "healthstaff" or "carestaff" or "clinician" or "worksinhealthorcare" => ContributorRole.HealthOrCareStaff,
            "voluntary" or "voluntarysector" or "voluntarysectorstaff" or "community" or "vcse" => ContributorRole.VoluntarySectorStaff,
            "other" or "prefernottosay" or "otherorprefernottosay" or "" => ContributorRole.OtherOrPreferNotToSay,
            _ => null,
        };
        role = found ?? default;
        return found is not null;
    }

    public static bool TryConsent(string? text, out ConsentLevel consent)
    {
        var t = Simplify(text);
        ConsentLevel? found = t switch
        {
            "mayquote" or "quote" or "quotable" or "yes" => ConsentLevel.MayQuote,
            "themesonly" or "themes" or "noquote" or "neverquote" => ConsentLevel.ThemesOnly,
            "facilitatorsonly" or "facilitators" or "private" or "no" => ConsentLevel.FacilitatorsOnly,
            _ => null,
        };
        consent = found ?? default;
        return found is not null;
    }

    public static bool TryKind(string? text, out ContributionKind kind)
    {
        var t = Simplify(text);
        ContributionKind? found = t switch
        {
            "story" or "stories" => ContributionKind.Story,
            "idea" or "ideas" => ContributionKind.Idea,
            _ => null,
        };
        kind = found ?? default;
        return found is not null;
    }

    private static string Simplify(string? text) =>
        new((text ?? string.Empty).Where(char.IsLetter).Select(char.ToLowerInvariant).ToArray());
}
