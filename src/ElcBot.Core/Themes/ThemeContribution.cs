using ElcBot.Core.Contributions;

namespace ElcBot.Core.Themes;

/// <summary>One story or idea handed to the theme engine, with what it needs to count voices and choose quotes.</summary>
/// <param name="Id">The contribution's id, echoed back in themes.</param>
/// <param name="Kind">Story or idea.</param>
/// <param name="Text">The words as written.</param>
/// <param name="Role">The author's role.</param>
/// <param name="Consent">Whether the author allowed quoting.</param>
/// <param name="Vector">The stored embedding, or null when it is still to be made.</param>
/// <param name="SupporterGroups">The voice group of each person who supported it (the author excluded).</param>
public sealed record ThemeContribution(
    string Id,
    ContributionKind Kind,
    string Text,
    ContributorRole Role,
    ConsentLevel Consent,
    float[]? Vector = null,
    IReadOnlyList<VoiceGroup>? SupporterGroups = null);
