namespace ElcBot.Web.Playground;

/// <summary>The bot as the page addresses it, and whether the local channel can reach it at all.</summary>
/// <param name="Id">The bot's Teams id: "28:" and its app id.</param>
/// <param name="RequiresAuthentication">
/// True when MicrosoftAppId is set: the bot then rejects unauthenticated activities and signs in to call its
/// serviceUrl, which a local page cannot do, so the page explains instead of failing.
/// </param>
public sealed record PlaygroundBot(string Id, bool RequiresAuthentication)
{
    public static PlaygroundBot From(IConfiguration configuration)
    {
        // The same root setting the Bot Framework SDK reads for the bot's identity.
        var appId = configuration["MicrosoftAppId"];
        return string.IsNullOrWhiteSpace(appId)
            ? new PlaygroundBot("28:playground-elcbot", RequiresAuthentication: false)
            : new PlaygroundBot($"28:{appId}", RequiresAuthentication: true);
    }
}
