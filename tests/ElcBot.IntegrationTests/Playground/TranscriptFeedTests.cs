using System.Net.Http.Json;
using System.Net.ServerSentEvents;
using System.Text.Json.Nodes;
using ElcBot.IntegrationTests.Peers;
using ElcBot.Web.Playground;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ElcBot.IntegrationTests.Playground;

/// <summary>The page's live feed: once it says "connected", nothing that happens after is missed.</summary>
public sealed class TranscriptFeedTests
{
    private const string JoPersonalChat = "a:1playground-personal-jo";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task Should_hear_a_change_made_before_the_watch_is_first_read()
    {
        var store = new TranscriptStore(TimeProvider.System);
        using var watch = store.Watch();

        store.Add(JoPersonalChat, new JsonObject { ["type"] = "conversationUpdate" });

        using var patience = new CancellationTokenSource(Patience);
        await using var changes = watch.ReadAllAsync(patience.Token).GetAsyncEnumerator(patience.Token);
        Assert.True(await changes.MoveNextAsync());
        Assert.Equal("added", changes.Current.Change);
        Assert.Equal("conversationUpdate", (string?)changes.Current.Activity["type"]);
    }

    [Fact]
    public async Task Should_stop_hearing_changes_once_the_watch_is_disposed()
    {
        var store = new TranscriptStore(TimeProvider.System);
        var watch = store.Watch();
        watch.Dispose();

        store.Add(JoPersonalChat, new JsonObject { ["type"] = "message", ["text"] = "After the page closed" });

        using var patience = new CancellationTokenSource(Patience);
        var heard = new List<TranscriptChange>();
        await foreach (var change in watch.ReadAllAsync(patience.Token))
        {
            heard.Add(change);
        }

        Assert.Empty(heard);
    }

    [Fact]
    public async Task Should_send_the_page_what_it_records_straight_after_the_feed_says_hello()
    {
        await using var host = await BotHost.StartAsync("Playground:Enabled=true");
        using var patience = new CancellationTokenSource(Patience);
        using var response = await host.Client.GetAsync("playground/api/events", HttpCompletionOption.ResponseHeadersRead, patience.Token);
        await using var stream = await response.Content.ReadAsStreamAsync(patience.Token);
        await using var events = SseParser.Create(stream).EnumerateAsync(patience.Token).GetAsyncEnumerator(patience.Token);
        Assert.True(await events.MoveNextAsync());
        Assert.Equal("hello", events.Current.EventType);

        var recorded = await host.Client.PostAsJsonAsync($"playground/api/conversations/{Uri.EscapeDataString(JoPersonalChat)}/activities",
            new JsonObject { ["type"] = "conversationUpdate", ["from"] = new JsonObject { ["name"] = "Jo Evans" } }, patience.Token);
        recorded.EnsureSuccessStatusCode();

        Assert.True(await events.MoveNextAsync());
        Assert.Equal("change", events.Current.EventType);
        var change = JsonNode.Parse(events.Current.Data)!;
        Assert.Equal("added", (string?)change["change"]);
        Assert.Equal("conversationUpdate", (string?)change["activity"]?["type"]);
    }

    [Fact]
    public async Task Should_end_an_open_page_s_feed_at_once_when_the_host_is_stopping()
    {
        await using var host = await BotHost.StartAsync("Playground:Enabled=true");
        using var patience = new CancellationTokenSource(Patience);
        using var response = await host.Client.GetAsync("playground/api/events", HttpCompletionOption.ResponseHeadersRead, patience.Token);
        await using var stream = await response.Content.ReadAsStreamAsync(patience.Token);
        await using var events = SseParser.Create(stream).EnumerateAsync(patience.Token).GetAsyncEnumerator(patience.Token);
        Assert.True(await events.MoveNextAsync());

        host.Services.GetRequiredService<IHostApplicationLifetime>().StopApplication();

        // Well inside the 30 seconds the host would otherwise wait for the page before stopping.
        Assert.False(await events.MoveNextAsync());
        Assert.False(patience.IsCancellationRequested);
    }
}
