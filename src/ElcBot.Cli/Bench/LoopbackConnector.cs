using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace ElcBot.Cli.Bench;

/// <summary>Answers the bot's Bot Connector calls on loopback during a benchmark, counting the activities it receives.</summary>
public sealed class LoopbackConnector : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _received;

    private LoopbackConnector(WebApplication app) => _app = app;

    public string ServiceUrl => _app.Urls.First() + "/";

    public int Received => Volatile.Read(ref _received);

    public static async Task<LoopbackConnector> StartAsync(CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var connector = new LoopbackConnector(builder.Build());
        connector._app.Map("/{**path}", async context =>
        {
            Interlocked.Increment(ref connector._received);
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync("""{"id":"1"}""", context.RequestAborted).ConfigureAwait(false);
        });
        await connector._app.StartAsync(cancellationToken).ConfigureAwait(false);
        return connector;
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();
}
