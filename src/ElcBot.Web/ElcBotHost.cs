using ElcBot.Bot;
using ElcBot.Clustering;
using ElcBot.Storage;
using ElcBot.Web.Hosting;
using ElcBot.Web.Playground;

namespace ElcBot.Web;

/// <summary>Composes the service. Program runs it; tests and benchmarks start the same host on a loopback port.</summary>
public static class ElcBotHost
{
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.UseElcBotUrls();
        AnonymousAccessGuard.ThrowIfOpen(builder);
        builder.AddElcBotTelemetry();
        builder.Services.AddElcBotStorage(builder.Configuration);
        builder.Services.AddElcBotThemes();
        builder.Services.AddElcBot(builder.Configuration);
        builder.AddElcBotPlayground();

        var app = builder.Build();
        app.UseMiddleware<MessageSizeLimit>();
        app.MapHealthChecks("/healthz");
        app.MapElcBot();
        app.MapElcBotPlayground();
        return app;
    }
}
