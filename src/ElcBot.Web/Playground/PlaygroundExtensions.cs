using Microsoft.Extensions.Options;

namespace ElcBot.Web.Playground;

/// <summary>Adds the local playground: a Teams-like page and a local channel playing the Bot Connector's part.</summary>
/// <remarks>The bot does not know the playground exists: it answers the page's activities as it answers Teams.</remarks>
public static class PlaygroundExtensions
{
    public const string OffWithAppId = "The playground is off because MicrosoftAppId is set: it works only without one, as the bot then takes messages only from Teams.";

    public static WebApplicationBuilder AddElcBotPlayground(this WebApplicationBuilder builder)
    {
        // On by default only in Development: production serves no page and no local channel.
        var options = PlaygroundOptions.From(builder.Configuration, builder.Environment);
        if (!options.Enabled || HasAppId(builder.Configuration))
        {
            return builder;
        }

        builder.Services.AddSingleton(Options.Create(options));
        builder.Services.AddSingleton(PlaygroundBot.Local);
        builder.Services.AddSingleton<TranscriptStore>();
        builder.Services.AddSingleton<UploadedFiles>();
        return builder;
    }

    public static WebApplication MapElcBotPlayground(this WebApplication app)
    {
        if (app.Services.GetService<TranscriptStore>() is null)
        {
            if (PlaygroundOptions.From(app.Configuration, app.Environment).Enabled)
            {
                app.Lifetime.ApplicationStarted.Register(() => Console.WriteLine(OffWithAppId));
            }

            return app;
        }

        app.MapPlaygroundPage();
        app.MapGroup(PlaygroundPaths.Api).MapPlaygroundApi();
        app.MapGroup(PlaygroundPaths.Connector).MapConnectorActivities().MapConnectorRoster();
        app.MapGroup(PlaygroundPaths.Files).MapPlaygroundFiles();
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            foreach (var address in app.Urls)
            {
                var shown = address.Replace("://+", "://localhost", StringComparison.Ordinal).Replace("://[::]", "://localhost", StringComparison.Ordinal);
                Console.WriteLine($"Playground (try the bot in your browser): {shown.TrimEnd('/')}{PlaygroundPaths.Page}");
            }
        });
        return app;
    }

    /// <remarks>
    /// The page, its local channel and its file store answer anyone without a token. With an app id the bot refuses
    /// the page's unsigned messages anyway, so nothing would work, and the rest must not be left open.
    /// </remarks>
    private static bool HasAppId(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration[ElcBot.Bot.Hosting.BotAppId.Setting]);
}
