using ElcBot.Core.Contributions;

namespace ElcBot.Core.Themes;

/// <summary>Who raised a theme (authors by role and group) and who supported it (by group).</summary>
/// <param name="AuthorsByRole">Members' authors counted by role.</param>
/// <param name="AuthorsByGroup">Members' authors counted by voice group.</param>
/// <param name="SupportersByGroup">Supporters of members counted by voice group.</param>
public sealed record ThemeVoices(
    IReadOnlyDictionary<ContributorRole, int> AuthorsByRole,
    IReadOnlyDictionary<VoiceGroup, int> AuthorsByGroup,
    IReadOnlyDictionary<VoiceGroup, int> SupportersByGroup)
{
    /// <summary>Heard from both lived experience and staff, as authors or supporters.</summary>
    public bool IsSharedGround => Heard(VoiceGroup.LivedExperience) && Heard(VoiceGroup.Staff);

    /// <summary>Heard from only one of lived experience and staff.</summary>
    public bool NeedsMoreVoices => Heard(VoiceGroup.LivedExperience) != Heard(VoiceGroup.Staff);

    /// <summary>Whether anyone in the group wrote or supported a member.</summary>
    public bool Heard(VoiceGroup group) =>
        AuthorsByGroup.GetValueOrDefault(group) + SupportersByGroup.GetValueOrDefault(group) > 0;
}
