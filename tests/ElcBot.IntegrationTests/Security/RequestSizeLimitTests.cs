using System.Net;
using System.Text;
using ElcBot.Core.Conversations;
using ElcBot.IntegrationTests.Peers;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;

namespace ElcBot.IntegrationTests.Security;

public sealed class RequestSizeLimitTests(RequestSizeLimitTests.Peers peers) : IClassFixture<RequestSizeLimitTests.Peers>
{
    private const int Limit = 8 * 1024;

    [Fact]
    public async Task Should_answer_413_and_process_nothing_when_a_declared_body_is_over_the_limit()
    {
        var activity = Install(padding: Limit);

        var response = await peers.Host.Client.PostAsync("/api/messages", new StringContent(activity.ToString(), Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        await AssertNothingHappenedAsync(activity);
    }

    [Fact]
    public async Task Should_answer_413_and_process_nothing_when_a_chunked_body_grows_over_the_limit()
    {
        var activity = Install(padding: Limit);
        // A stream of unknown length makes HttpClient send the body chunked, with no Content-Length to check up front.
        var content = new StreamContent(new UnknownLengthStream(Encoding.UTF8.GetBytes(activity.ToString())));
        content.Headers.ContentType = new("application/json");

        var response = await peers.Host.Client.PostAsync("/api/messages", content);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        await AssertNothingHappenedAsync(activity);
    }

    [Fact]
    public async Task Should_run_the_turn_when_the_body_is_under_the_limit()
    {
        var activity = Install(padding: Limit / 2);

        var response = await peers.Host.PostActivityAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(await StoredAsync(activity));
    }

    [Fact]
    public async Task Should_refuse_at_256_kilobytes_when_no_limit_is_configured()
    {
        await using var host = await BotHost.StartAsync();
        var activity = Install(padding: 256 * 1024);

        var response = await host.PostActivityAsync(activity);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    /// <summary>A real install payload, in a conversation of its own, made larger by a field the bot ignores.</summary>
    private JObject Install(int padding)
    {
        var activity = TeamsFixtures.Load("installationUpdate_add_team_channel.DERIVED_fixed.json", peers.Connector.ServiceUrl);
        activity["conversation"]!["id"] = $"19:{Guid.NewGuid():N}@thread.tacv2";
        activity["padding"] = new string('x', padding);
        return activity;
    }

    private async Task AssertNothingHappenedAsync(JObject activity)
    {
        Assert.Null(await StoredAsync(activity));
        await Task.Delay(200);
        Assert.DoesNotContain(peers.Connector.Calls, c => c.Path.Contains(activity["conversation"]!["id"]!.ToString(), StringComparison.Ordinal));
    }

    private Task<InstalledConversation?> StoredAsync(JObject activity) =>
        peers.Host.Services.GetRequiredService<IConversationDirectory>().FindAsync(activity["conversation"]!["id"]!.ToString(), CancellationToken.None);

    /// <summary>A host with a small limit, and the connector it replies to.</summary>
    public sealed class Peers : IAsyncLifetime
    {
        public RecordingConnector Connector { get; private set; } = null!;

        public BotHost Host { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            Connector = await RecordingConnector.StartAsync();
            Host = await BotHost.StartAsync($"Bot:MaxRequestBytes={Limit}");
        }

        public async Task DisposeAsync()
        {
            await Host.DisposeAsync();
            await Connector.DisposeAsync();
        }
    }

    private sealed class UnknownLengthStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
