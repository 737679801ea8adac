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

    /// <param name="settings">Extra settings as "Key=Value" (the command-line form the host reads).</param>
    public static async Task<BotHost> StartAsync(params string[] settings)
    {
        var prefix = SharedAzurite.UniquePrefix();
        string[] args =
        [
            "--urls=http://127.0.0.1:0",
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
