using ElcBot.Bot.Proactive;
using ElcBot.IntegrationTests.Peers;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace ElcBot.IntegrationTests.Summaries;

public sealed class ProactivePosterTests : HostedBotTests
{
    private const string Channel = "19:0b7f32667e064dd9b25d7969801541f4@thread.tacv2";
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await Host.PostActivityAsync(TeamsFixtures.Load("installationUpdate_add_team_channel.DERIVED_fixed.json", Connector.ServiceUrl));
        await Connector.WaitForActivitiesAsync(1);
    }

    [Fact]
    public async Task Should_post_into_the_stored_conversation_when_no_one_has_spoken()
    {
        var poster = Host.Services.GetRequiredService<ProactivePoster>();

        var outcome = await poster.PostAsync(Channel, MessageFactory.Text("Weekly summary"), CancellationToken.None);

        Assert.Equal(ProactiveOutcome.Posted, outcome);
        var sent = await Connector.WaitForActivitiesAsync(2);
        Assert.Equal("Weekly summary", sent[1]["text"]!.ToString());
        Assert.Equal(Channel, sent[1]["conversation"]!["id"]!.ToString());
    }

    [Fact]
    public async Task Should_post_once_teams_takes_it_when_teams_was_busy_at_first()
    {
        Connector.BusyIn[Channel] = 1;

        var outcome = await Host.Services.GetRequiredService<ProactivePoster>().PostAsync(Channel, MessageFactory.Text("Weekly summary"), CancellationToken.None);

        Assert.Equal(ProactiveOutcome.Posted, outcome);
        var posts = Connector.Calls.Where(c => c.Method == "POST" && c.Path.Contains(Channel, StringComparison.Ordinal) && c.Raw.Contains("Weekly summary", StringComparison.Ordinal));
        Assert.Equal(2, posts.Count());
    }

    [Fact]
    public async Task Should_report_the_bot_removed_when_teams_refuses_the_post()
    {
        Connector.RemovedFrom[Channel] = true;

        var outcome = await Host.Services.GetRequiredService<ProactivePoster>().PostAsync(Channel, MessageFactory.Text("Weekly summary"), CancellationToken.None);

        Assert.Equal(ProactiveOutcome.BotRemoved, outcome);
    }

    [Fact]
    public async Task Should_say_the_conversation_is_unknown_when_the_bot_was_never_added()
    {
        var outcome = await Host.Services.GetRequiredService<ProactivePoster>().PostAsync("19:never@thread.tacv2", MessageFactory.Text("x"), CancellationToken.None);

        Assert.Equal(ProactiveOutcome.ConversationUnknown, outcome);
    }
}
