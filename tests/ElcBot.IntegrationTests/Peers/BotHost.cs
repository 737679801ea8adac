using ElcBot.Web;
using Microsoft.AspNetCore.Builder;
using Newtonsoft.Json.Linq;

namespace ElcBot.IntegrationTests.Peers;

/// <summary>The real service (ElcBotHost, as Program runs it) on a loopback port, against the shared Azurite.</summary>
public sealed class BotHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private BotHost(WebApplication app, string prefix)
    {
        _app = app;
        TablePrefix = prefix;
        Client = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };
    }

    public HttpClient Client { get; }

    public string TablePrefix { get; }

    public IServiceProvider Services => _app.Services;

    /// <summary>The loopback port it listens on; a host started again on it takes over where this one left off.</summary>
    public int Port => Client.BaseAddress!.Port;

    /// <param name="settings">Extra settings as "Key=Value" (the command-line form the host reads).</param>
    public static Task<BotHost> StartAsync(params string[] settings) => StartOnAsync(SharedAzurite.UniquePrefix(), port: 0, settings);

    /// <summary>A host on a given port and tables, as a service started again after a restart (port 0 picks a free one).</summary>
    public static async Task<BotHost> StartOnAsync(string prefix, int port, params string[] settings)
    {
        string[] args =
        [
            $"--urls=http://127.0.0.1:{port}",
            $"--Storage:ConnectionString={await SharedAzurite.ConnectionStringAsync()}",
            $"--Storage:TablePrefix={prefix}",
            "--Logging:LogLevel:Default=Warning",
            // Outside Development the contributor key secret is required at start (ValidateOnStart).
            "--Privacy:ContributorKeySecret=integration-test-secret",
            .. settings.Select(s => "--" + s),
        ];
        var app = ElcBotHost.Build(args);
        await app.StartAsync();
        return new BotHost(app, prefix);
    }

    /// <summary>Posts an activity to /api/messages, as the Bot Connector would.</summary>
    public Task<HttpResponseMessage> PostActivityAsync(JObject activity) =>
        Client.PostAsync("/api/messages", new StringContent(activity.ToString(), System.Text.Encoding.UTF8, "application/json"));

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
