using ElcBot.Bot.Cards;
using ElcBot.Bot.Commands;

namespace ElcBot.Tests.Bot;

public sealed class CardBuilderTests
{
    [Fact]
    public void Should_build_a_version_1_5_adaptive_card_when_welcoming()
    {
        var card = WelcomeCard.Build(isPersonal: false);

        Assert.Equal("AdaptiveCard", card["type"]!.GetValue<string>());
        Assert.Equal("1.5", card["version"]!.GetValue<string>());
        Assert.Contains("help", card.ToJsonString());
    }

    [Fact]
    public void Should_speak_of_everyone_here_in_a_shared_chat_and_of_teams_in_a_personal_chat_when_welcoming()
    {
        var shared = WelcomeCard.Build(isPersonal: false).ToJsonString();
        var personal = WelcomeCard.Build(isPersonal: true).ToJsonString();

        Assert.Contains("I help everyone here", shared);
        Assert.Contains("I help teams", personal);
        Assert.DoesNotContain("this team", shared + personal);
    }

    [Fact]
    public void Should_list_facilitator_commands_apart_when_building_help()
    {
        var card = HelpCard.Build([new BotCommand("help", "See what I can do"), new BotCommand("close round", "End the round", FacilitatorsOnly: true)]);
        var json = card.ToJsonString();

        Assert.True(json.IndexOf("help", StringComparison.Ordinal) < json.IndexOf("For facilitators", StringComparison.Ordinal));
        Assert.True(json.IndexOf("For facilitators", StringComparison.Ordinal) < json.IndexOf("close round", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_put_the_action_name_in_data_and_a_submit_fallback_when_building_an_execute_action()
    {
        var action = CardElements.Execute("Share an idea", "shareIdea", new() { ["roundId"] = "r1" });

        Assert.Equal("Action.Execute", action["type"]!.GetValue<string>());
        Assert.Equal("shareIdea", action["data"]![CardActionData.ActionKey]!.GetValue<string>());
        Assert.Equal("r1", action["data"]!["roundId"]!.GetValue<string>());
        Assert.Equal("Action.Submit", action["fallback"]!["type"]!.GetValue<string>());
        Assert.Equal("shareIdea", action["fallback"]!["data"]![CardActionData.ActionKey]!.GetValue<string>());
    }

    [Fact]
    public void Should_wrap_a_card_as_an_adaptive_card_attachment()
    {
        var attachment = WelcomeCard.Build(isPersonal: true).ToAttachment();

        Assert.Equal("application/vnd.microsoft.card.adaptive", attachment.ContentType);
        Assert.Equal("AdaptiveCard", ((Newtonsoft.Json.Linq.JObject)attachment.Content)["type"]!.ToString());
    }
}
