using System.Net;
using System.Text.Json.Nodes;
using ElcBot.Bot.Cards;
using ElcBot.Bot.Hosting;
using ElcBot.Cli.Bench.Load;
using ElcBot.Core.Contributions;
using ElcBot.IntegrationTests.Peers;
using ElcBot.Storage.Embedded;
using Microsoft.Extensions.DependencyInjection;

namespace ElcBot.IntegrationTests.Reliability;

/// <summary>Table Storage going away while people use the bot, then coming back: an Azurite of the test's own, stopped and started.</summary>
public sealed class StorageOutageTests : IAsyncLifetime
{
    private const string Before = "A quiet room to wait in, away from the noise.";
    private const string During = "Someone to ring me back the same day.";
    private readonly AzuriteOptions _storage = new()
    {
        Port = AzuriteProcess.FreePort(),
        DataDirectory = Directory.CreateTempSubdirectory("elcbot-outage-").FullName,
        StartTimeout = TimeSpan.FromMinutes(2),
    };

    private AzuriteProcess _azurite = null!;
    private RecordingConnector _connector = null!;
    private BotHost _host = null!;

    public async Task InitializeAsync()
    {
        _azurite = await AzuriteProcess.StartAsync(_storage, CancellationToken.None);
        _connector = await RecordingConnector.StartAsync();
        _host = await BotHost.StartAsync([$"Storage:ConnectionString={_azurite.ConnectionString}", .. ElcBotPeople.HostSettings]);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _connector.DisposeAsync();
        await _azurite.DisposeAsync();
    }

    [Fact]
    public async Task Should_say_nothing_was_saved_keep_the_card_and_store_the_retry_once_when_storage_stops_and_comes_back()
    {
        var client = new TurnClient(_host.Client);
        var activities = new ChannelActivities(_connector.ServiceUrl);
        var roundId = await ElcBotPeople.StartRoundAsync(client, activities, CancellationToken.None);
        var before = await client.PostAsync(activities.CardAction("aad-ali", Form(roundId, Before)), CancellationToken.None);
        Assert.Contains(SharedCard.IdeaTitle, before.Body);

        await _azurite.StopAsync(CancellationToken.None);
        var form = Form(roundId, During);
        var pressed = await client.PostAsync(activities.CardAction("aad-bo", form), CancellationToken.None);
        var submitted = await _host.PostActivityAsync(Newtonsoft.Json.Linq.JObject.Parse(SubmitMessage(activities, form)));
        var health = await _host.Client.GetAsync("/healthz");

        // Answered on the card in words, with no new card: Teams keeps the pressed form, and the words in it, as they were.
        Assert.Equal(200, pressed.Status);
        Assert.True(CardReplies.Says(pressed.Body, ElcBotAdapter.NotSaved), pressed.Body);
        Assert.True(submitted.IsSuccessStatusCode, ((int)submitted.StatusCode).ToString());
        var said = Assert.Single(await _connector.WaitForActivitiesAsync(1, TimeSpan.FromSeconds(30)));
        Assert.Equal(ElcBotAdapter.NotSaved, said["text"]!.ToString());
        Assert.DoesNotContain(_connector.Calls, call => call.Method == "PUT");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);

        await _azurite.DisposeAsync();
        _azurite = await AzuriteProcess.StartAsync(_storage, CancellationToken.None);
        var retried = await client.PostAsync(activities.CardAction("aad-bo", form), CancellationToken.None);
        var retriedAgain = await client.PostAsync(activities.CardAction("aad-bo", form), CancellationToken.None);

        Assert.Contains(SharedCard.IdeaTitle, retried.Body);
        Assert.Contains(SharedCard.IdeaTitle, retriedAgain.Body);
        var stored = await _host.Services.GetRequiredService<IContributionStore>().ListAsync(roundId, null, CancellationToken.None);
        Assert.Equal([Before, During], stored.Select(c => c.Text).Order(StringComparer.Ordinal));
        Assert.Equal(HttpStatusCode.OK, (await _host.Client.GetAsync("/healthz")).StatusCode);
    }

    // The same form sent the older way (Action.Submit): a message carrying the card's data, in reply to the pressed card.
    private static string SubmitMessage(ChannelActivities activities, JsonObject form)
    {
        var message = JsonNode.Parse(activities.Message("aad-bo", string.Empty))!.AsObject();
        message["value"] = form.DeepClone();
        message["replyToId"] = "pressed-card";
        return message.ToJsonString();
    }

    private static JsonObject Form(string roundId, string text) => ChannelActivities.IdeaForm(roundId, text, Guid.NewGuid().ToString("N"), "UsesServices");
}
