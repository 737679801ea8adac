using ElcBot.Bot.Commands;
using ElcBot.Cli.Packaging;

namespace ElcBot.IntegrationTests.Shipping;

/// <summary>How the command menus are chosen when the bot has more commands than Teams shows.</summary>
public sealed class CommandListsTests
{
    private static readonly BotCommand[] Many =
    [
        new("help", "See what I can do"),
        new("ideas", "Share an idea"),
        new("my contributions", "See what you gave", PersonalChatOnly: true),
        new("forget me", "Erase what you gave", PersonalChatOnly: true),
        .. Enumerable.Range(1, 9).Select(i => new BotCommand($"facilitate {i}", $"Facilitator task {i}", FacilitatorsOnly: true)),
    ];

    [Fact]
    public void Should_offer_only_commands_anyone_may_use_when_the_scope_is_personal()
    {
        var personal = CommandLists.For("personal", Many);

        Assert.Equal(["help", "ideas", "my contributions", "forget me"], personal.Select(c => c.Name));
    }

    [Fact]
    public void Should_put_help_and_what_anyone_can_do_there_first_then_facilitator_commands_and_stop_at_ten_when_the_scope_is_a_team()
    {
        var team = CommandLists.For("team", Many);

        Assert.Equal(CommandLists.MaxPerScope, team.Count);
        Assert.Equal(["help", "ideas"], team.Take(2).Select(c => c.Name));
        Assert.All(team.Skip(2), c => Assert.True(c.FacilitatorsOnly));
        Assert.DoesNotContain(team, c => c.PersonalChatOnly);
    }

    [Fact]
    public void Should_name_the_commands_left_out_when_a_menu_is_full_but_not_those_that_only_work_in_a_direct_chat()
    {
        var leftOut = CommandLists.LeftOut("groupChat", Many);

        Assert.Equal(["facilitate 9"], leftOut.Select(c => c.Name));
        Assert.Empty(CommandLists.LeftOut("personal", Many));
    }
}
