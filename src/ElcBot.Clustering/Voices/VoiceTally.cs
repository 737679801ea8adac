using ElcBot.Core.Contributions;
using ElcBot.Core.Themes;

namespace ElcBot.Clustering.Voices;

/// <summary>Counts who wrote and who supported the contributions of a theme.</summary>
public static class VoiceTally
{
    /// <summary>Authors by role and group; supporters by group.</summary>
    public static ThemeVoices Count(IEnumerable<ThemeContribution> members)
    {
        var byRole = new SortedDictionary<ContributorRole, int>();
        var byGroup = new SortedDictionary<VoiceGroup, int>();
        var supporters = new SortedDictionary<VoiceGroup, int>();
        foreach (var member in members)
        {
            byRole[member.Role] = byRole.GetValueOrDefault(member.Role) + 1;
            var group = VoiceGroups.Of(member.Role);
            byGroup[group] = byGroup.GetValueOrDefault(group) + 1;
            foreach (var supporter in member.SupporterGroups ?? [])
            {
                supporters[supporter] = supporters.GetValueOrDefault(supporter) + 1;
            }
        }

        return new ThemeVoices(byRole, byGroup, supporters);
    }

    /// <summary>Whether one contribution is backed by both lived experience and staff (as author or supporters).</summary>
    public static bool IsSharedGround(ThemeContribution contribution)
    {
        var groups = (contribution.SupporterGroups ?? []).Append(VoiceGroups.Of(contribution.Role)).ToHashSet();
        return groups.Contains(VoiceGroup.LivedExperience) && groups.Contains(VoiceGroup.Staff);
    }
}
