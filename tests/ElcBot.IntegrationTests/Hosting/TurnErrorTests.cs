using ElcBot.Bot.Hosting;
using ElcBot.IntegrationTests.Peers;
using ElcBot.Storage.Embedded;

namespace ElcBot.IntegrationTests.Hosting;

public sealed class TurnErrorTests
{
    [Fact]
    public async Task Should_say_nothing_was_saved_in_the_conversation_when_storage_is_down()
    {
        await using var connector = await RecordingConnector.StartAsync();
        await using var host = await BotHost.StartAsync($"Storage:ConnectionString={AzuriteConnection.ForPort(AzuriteProcess.FreePort())}");

        var response = await host.PostActivityAsync(TeamsFixtures.Load("installationUpdate_add_team_channel.DERIVED_fixed.json", connector.ServiceUrl));

        Assert.True((int)response.StatusCode < 500, $"status {(int)response.StatusCode}");
        var sent = Assert.Single(await connector.WaitForActivitiesAsync(1, TimeSpan.FromSeconds(30)));
        Assert.Equal(ElcBotAdapter.NotSaved, sent["text"]!.ToString());
    }
}
