using ElcBot.Bot.Cards;
using ElcBot.Core.Contributions;
using ElcBot.Core.Panels;

namespace ElcBot.Tests.Panels;

public sealed class PanelBalanceTests
{
    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 2)]
    [InlineData(3, 2)]
    [InlineData(4, 3)]
    [InlineData(5, 3)]
    public void Should_need_more_than_half_of_the_panel_when_counting_a_majority(int members, int majority)
    {
        Assert.Equal(majority, PanelBalance.Majority(members));
    }

    [Theory]
    [InlineData(new[] { ContributorRole.Carer, ContributorRole.HealthOrCareStaff, ContributorRole.VoluntarySectorStaff }, true)]
    [InlineData(new[] { ContributorRole.UsesServices, ContributorRole.HealthOrCareStaff }, false)]
    [InlineData(new[] { ContributorRole.UsesServices, ContributorRole.Carer, ContributorRole.HealthOrCareStaff, ContributorRole.OtherOrPreferNotToSay }, false)]
    [InlineData(new[] { ContributorRole.OtherOrPreferNotToSay }, true)]
    [InlineData(new ContributorRole[0], false)]
    public void Should_warn_only_when_fewer_than_half_the_panel_have_lived_experience(ContributorRole[] roles, bool warns)
    {
        var members = roles.Select((r, i) => new PanelMember("r1", $"29:{i}", $"Person {i}", r, new PanelAddress("msteams", "https://smba.example/", "28:bot", null), DateTimeOffset.UnixEpoch)).ToArray();

        Assert.Equal(warns, PanelBalance.NeedsMoreLivedExperience(members));
        var card = PanelListCard.Build("r1", "What would help?", members, null).ToJsonString();
        Assert.Equal(warns, card.Contains("Fewer than half of the panel", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_count_carers_and_people_who_use_services_as_lived_experience_when_writing_the_posted_line()
    {
        var members = new[] { ContributorRole.Carer, ContributorRole.UsesServices, ContributorRole.HealthOrCareStaff }
            .Select((r, i) => new PanelMember("r1", $"29:{i}", $"Person {i}", r, new PanelAddress("msteams", "u", "b", null), DateTimeOffset.UnixEpoch)).ToArray();

        Assert.Equal("Themes reviewed by a panel of 3 (2 with lived experience)", PanelWords.Reviewed(PanelBalance.Review(members)));
    }
}
