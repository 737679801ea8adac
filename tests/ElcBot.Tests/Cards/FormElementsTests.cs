using ElcBot.Bot.Cards;
using ElcBot.Core.Contributions;
using ElcBot.Core.Rounds;
using ElcBot.Tests.Contributions;

namespace ElcBot.Tests.Cards;

public sealed class FormElementsTests
{
    [Fact]
    public void Should_wrap_every_choice_when_a_form_offers_long_ones()
    {
        var form = ContributionFormCard.Build(TeamsTurns.OpenRound(), ContributionKind.Story, "s-1");

        var choiceSets = form["body"]!.AsArray().Where(n => n!["type"]?.ToString() == "Input.ChoiceSet").ToArray();

        Assert.NotEmpty(choiceSets);
        Assert.All(choiceSets, set => Assert.True(set!["wrap"]!.GetValue<bool>()));
    }

    [Fact]
    public void Should_say_choose_one_when_a_drop_down_has_nothing_chosen_yet()
    {
        var dropDown = FormElements.Choices("subject", "What is this about?", [("a", "Theme: waiting times")], value: null, expanded: false);
        var buttons = FormElements.Choices("status", "What is happening?", [("a", "We are testing this")], value: null);

        Assert.Equal(FormElements.ChoosePlaceholder, dropDown["placeholder"]!.ToString());
        Assert.Null(buttons["placeholder"]);
    }
}
