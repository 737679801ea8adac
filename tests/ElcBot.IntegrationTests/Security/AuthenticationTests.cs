using System.Net;
using System.Net.Http.Headers;
using ElcBot.Core.Conversations;
using ElcBot.IntegrationTests.Peers;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;

namespace ElcBot.IntegrationTests.Security;

/// <summary>
/// The real host with an app id, pointed at a local login service through the SDK's own settings, receiving
/// installs that carry real RS256 tokens: good ones, and every way of getting one wrong.
/// </summary>
public sealed class AuthenticationTests(AuthenticationTests.Peers peers) : IClassFixture<AuthenticationTests.Peers>
{
    private readonly LocalTokenIssuer _issuer = peers.Issuer;
    private readonly RecordingConnector _connector = peers.Connector;
    private readonly BotHost _host = peers.Host;

    public static TheoryData<string> RefusedTokens() =>
        new("none", "unknown signing key", "expired", "wrong audience", "wrong issuer", "not a token", "another scheme", "another service url");

    [Theory]
    [MemberData(nameof(RefusedTokens))]
    public async Task Should_answer_401_and_store_and_send_nothing_when_the_token_is_refused(string token)
    {
        var activity = Install();
        var header = token switch
        {
            "none" => null,
            "unknown signing key" => Bearer(new TokenShape { SigningKey = LocalTokenIssuer.ForgedKey() }),
            "expired" => Bearer(new TokenShape { Shift = TimeSpan.FromHours(-2) }),
            "wrong audience" => Bearer(new TokenShape { Audience = Guid.NewGuid().ToString() }),
            "wrong issuer" => Bearer(new TokenShape { Issuer = "https://login.example.org" }),
            "not a token" => new AuthenticationHeaderValue("Bearer", "this.is-not.a-jwt"),
            "another scheme" => new AuthenticationHeaderValue("Basic", _issuer.CreateToken(_connector.ServiceUrl)),
            "another service url" => new AuthenticationHeaderValue("Bearer", _issuer.CreateToken("https://elsewhere.example.org/")),
            _ => throw new ArgumentOutOfRangeException(nameof(token)),
        };

        var logged = LogCapture.AttachTo(_host, Microsoft.Extensions.Logging.LogLevel.Warning);

        var response = await PostAsync(activity, header);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        // Anyone on the internet can send this: one warning, never an error with a stack trace for the alerts to catch.
        var entry = Assert.Single(logged.Entries);
        Assert.Equal((Microsoft.Extensions.Logging.LogLevel.Warning, typeof(ElcBot.Bot.Hosting.ElcBotAuthentication).FullName), (entry.Level, entry.Category));
        Assert.Null(await StoredAsync(activity));
        await Task.Delay(200);
        Assert.DoesNotContain(_connector.Calls, c => c.Path.Contains(activity["conversation"]!["id"]!.ToString(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Should_run_the_turn_and_reply_with_its_own_token_when_the_token_is_correctly_signed()
    {
        var activity = Install();

        var response = await PostAsync(activity, Bearer(new TokenShape()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(await StoredAsync(activity));
        var conversationId = activity["conversation"]!["id"]!.ToString();
        var call = await WaitForCallAsync(conversationId);
        Assert.Contains("Hello, I'm ElcBot", call.Body!["attachments"]![0]!["content"]!.ToString());
        Assert.StartsWith("Bearer ", call.Authorization, StringComparison.Ordinal);
        Assert.True(_issuer.TokensIssued >= 1);
    }

    /// <remarks>The tests' hosts log warnings and up; a deployed one logs from Information, as this host does.</remarks>
    [Fact]
    public async Task Should_log_a_turn_without_the_adapters_note_of_every_activity_when_information_is_logged()
    {
        await using var deployed = await BotHost.StartAsync([.. _issuer.BotSettings, "Logging:LogLevel:Default=Information"]);
        var logged = LogCapture.AttachTo(deployed, Microsoft.Extensions.Logging.LogLevel.Information);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(Install().ToString(), System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = Bearer(new TokenShape());

        var response = await deployed.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // Our own lines at Information are there (so this host does log them)...
        Assert.Contains(logged.Entries, e => e.Category.StartsWith("ElcBot.", StringComparison.Ordinal));
        // ... but not the SDK adapter's note of every activity: appsettings.json keeps that category to warnings and up.
        Assert.DoesNotContain(logged.Entries, e => e.Category == typeof(ElcBot.Bot.Hosting.ElcBotAdapter).FullName);
    }

    /// <remarks>
    /// When the Bot Framework's published signing keys cannot be read (its login service down or unreachable), the SDK
    /// throws from deep inside token validation: the request was answered 500 and Kestrel logged an unhandled exception.
    /// Nothing can be checked, so nothing runs, and Teams is told to try again later.
    /// </remarks>
    [Fact]
    public async Task Should_answer_503_and_run_nothing_when_the_signing_keys_cannot_be_read()
    {
        await using var cutOff = await BotHost.StartAsync([.. _issuer.BotSettings, "ToBotFromChannelOpenIdMetadataUrl=https://127.0.0.1:9/.well-known/openid-configuration"]);
        var errors = LogCapture.AttachTo(cutOff);
        var activity = Install();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(activity.ToString(), System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = Bearer(new TokenShape());

        var response = await cutOff.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Null(await cutOff.Services.GetRequiredService<IConversationDirectory>().FindAsync(activity["conversation"]!["id"]!.ToString(), CancellationToken.None));
        Assert.Empty(errors.Entries);
    }

    private AuthenticationHeaderValue Bearer(TokenShape shape) => new("Bearer", _issuer.CreateToken(_connector.ServiceUrl, shape));

    /// <summary>A real install payload in a conversation of its own, so each case checks only what it did.</summary>
    private JObject Install()
    {
        var activity = TeamsFixtures.Load("installationUpdate_add_team_channel.DERIVED_fixed.json", _connector.ServiceUrl);
        activity["conversation"]!["id"] = $"19:{Guid.NewGuid():N}@thread.tacv2";
        return activity;
    }

    private async Task<HttpResponseMessage> PostAsync(JObject activity, AuthenticationHeaderValue? authorization)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(activity.ToString(), System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = authorization;
        return await _host.Client.SendAsync(request);
    }

    private Task<InstalledConversation?> StoredAsync(JObject activity) =>
        _host.Services.GetRequiredService<IConversationDirectory>().FindAsync(activity["conversation"]!["id"]!.ToString(), CancellationToken.None);

    private async Task<RecordedCall> WaitForCallAsync(string conversationId)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        RecordedCall? call;
        while ((call = _connector.Calls.FirstOrDefault(c => c.Body is not null && c.Path.Contains(conversationId, StringComparison.Ordinal))) is null
            && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }

        return call ?? throw new TimeoutException("The bot sent nothing into the conversation.");
    }

    /// <summary>One login service, connector and host for the whole class; each case has a conversation of its own.</summary>
    public sealed class Peers : IAsyncLifetime
    {
        public LocalTokenIssuer Issuer { get; private set; } = null!;

        public RecordingConnector Connector { get; private set; } = null!;

        public BotHost Host { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            Issuer = await LocalTokenIssuer.StartAsync();
            Connector = await RecordingConnector.StartAsync();
            Host = await BotHost.StartAsync(Issuer.BotSettings);
        }

        public async Task DisposeAsync()
        {
            await Host.DisposeAsync();
            await Connector.DisposeAsync();
            await Issuer.DisposeAsync();
        }
    }
}
