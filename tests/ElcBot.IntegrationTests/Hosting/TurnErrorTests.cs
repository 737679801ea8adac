using ElcBot.Bot.Hosting;
using ElcBot.IntegrationTests.Peers;
using ElcBot.Storage.Embedded;

namespace ElcBot.IntegrationTests.Hosting;

public sealed class TurnErrorTests
{
    [Fact]
    public async Task Should_say_its_records_cannot_be_reached_in_the_conversation_when_storage_is_down_at_install()
    {
        await using var connector = await RecordingConnector.StartAsync();
        await using var host = await BotHost.StartAsync($"Storage:ConnectionString={AzuriteConnection.ForPort(AzuriteProcess.FreePort())}");

        var response = await host.PostActivityAsync(TeamsFixtures.Load("installationUpdate_add_team_channel.DERIVED_fixed.json", connector.ServiceUrl));

        Assert.True((int)response.StatusCode < 500, $"status {(int)response.StatusCode}");
        var sent = Assert.Single(await connector.WaitForActivitiesAsync(1, TimeSpan.FromSeconds(30)));
        Assert.Equal(ElcBotAdapter.RecordsUnreachable, sent["text"]!.ToString());
    }

    [Fact]
    public async Task Should_say_nothing_has_changed_not_that_words_were_kept_when_a_typed_command_meets_storage_down()
    {
        await using var connector = await RecordingConnector.StartAsync();
        await using var host = await BotHost.StartAsync($"Storage:ConnectionString={AzuriteConnection.ForPort(AzuriteProcess.FreePort())}");
        var message = TeamsFixtures.Load("message_personal_chat_plaintext_botbuilder-dotnet.json", connector.ServiceUrl);
        message["text"] = "my contributions";

        var response = await host.PostActivityAsync(message);

        Assert.True((int)response.StatusCode < 500, $"status {(int)response.StatusCode}");
        var sent = Assert.Single(await connector.WaitForActivitiesAsync(1, TimeSpan.FromSeconds(30)));
        Assert.Equal(ElcBotAdapter.RecordsUnreachable, sent["text"]!.ToString());
    }
}
