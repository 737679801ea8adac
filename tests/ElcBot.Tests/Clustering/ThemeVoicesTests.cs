using ElcBot.Clustering;
using ElcBot.Clustering.Voices;
using ElcBot.Core.Contributions;
using ElcBot.Core.Themes;

namespace ElcBot.Tests.Clustering;

public sealed class ThemeVoicesTests
{
    [Fact]
    public void Should_count_authors_by_role_and_group_and_supporters_by_group()
    {
        ThemeContribution[] members =
        [
            Contributions.Of("a", "x", ContributorRole.UsesServices, ConsentLevel.MayQuote, VoiceGroup.Staff, VoiceGroup.Staff),
            Contributions.Of("b", "x", ContributorRole.Carer),
            Contributions.Of("c", "x", ContributorRole.HealthOrCareStaff),
        ];

        var voices = VoiceTally.Count(members);

        Assert.Equal(1, voices.AuthorsByRole[ContributorRole.Carer]);
        Assert.Equal(2, voices.AuthorsByGroup[VoiceGroup.LivedExperience]);
        Assert.Equal(1, voices.AuthorsByGroup[VoiceGroup.Staff]);
        Assert.Equal(2, voices.SupportersByGroup[VoiceGroup.Staff]);
        Assert.True(voices.IsSharedGround);
        Assert.False(voices.NeedsMoreVoices);
    }

    [Fact]
    public void Should_mark_shared_ground_when_staff_support_a_lived_experience_idea()
    {
        Assert.True(VoiceTally.IsSharedGround(Contributions.Of("a", "x", ContributorRole.Carer, ConsentLevel.MayQuote, VoiceGroup.Staff)));
        Assert.False(VoiceTally.IsSharedGround(Contributions.Of("b", "x", ContributorRole.Carer, ConsentLevel.MayQuote, VoiceGroup.LivedExperience)));
    }

    [Fact]
    public async Task Should_flag_themes_heard_from_one_group_only_as_needing_more_voices()
    {
        // Parking: lived experience only; waiting: staff only; food: carers with staff support.
        var input = Contributions.ThreeTopics().Select(c => c.Id[0] == 'f' ? c with { SupporterGroups = [VoiceGroup.Staff] } : c).ToArray();

        var result = await new ThemeEngine(new FakeEmbedder()).FindThemesAsync(input, ThemeOptions.Default, CancellationToken.None);

        Assert.Equal(["p", "w"], result.NeedsMoreVoices.Select(t => t.MemberIds[0][..1]).Distinct().Order());
        Assert.Equal(["f"], result.SharedGroundThemes.SelectMany(t => t.MemberIds).Select(id => id[..1]).Distinct());
        Assert.Equal(6, result.SharedGround.Count);
    }
}
