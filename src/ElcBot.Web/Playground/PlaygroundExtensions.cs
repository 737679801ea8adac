namespace ElcBot.Web.Playground;

/// <summary>Adds the local playground: a Teams-like page and a local channel playing the Bot Connector's part.</summary>
/// <remarks>The bot does not know the playground exists: it answers the page's activities as it answers Teams.</remarks>
public static class PlaygroundExtensions
{
    public static WebApplicationBuilder AddElcBotPlayground(this WebApplicationBuilder builder)
    {
        // On by default only in Development: production serves no page and no local channel.
        var enabled = builder.Configuration.GetValue($"{PlaygroundOptions.SectionName}:{nameof(PlaygroundOptions.Enabled)}", builder.Environment.IsDevelopment());
        if (!enabled)
        {
            return builder;
        }

        builder.Services.AddOptions<PlaygroundOptions>().BindConfiguration(PlaygroundOptions.SectionName);
        builder.Services.AddSingleton(PlaygroundBot.From(builder.Configuration));
        builder.Services.AddSingleton<TranscriptStore>();
        return builder;
    }

    public static WebApplication MapElcBotPlayground(this WebApplication app)
    {
        if (app.Services.GetService<TranscriptStore>() is null)
        {
            return app;
        }

        app.MapPlaygroundPage();
        app.MapGroup(PlaygroundPaths.Api).MapPlaygroundApi();
        app.MapGroup(PlaygroundPaths.Connector).MapConnectorActivities().MapConnectorRoster();
        return app;
    }
}
