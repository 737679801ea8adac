namespace ElcBot.Web.Playground;

/// <summary>Where the playground lives in the host.</summary>
public static class PlaygroundPaths
{
    public const string Page = "/playground";
    public const string Connector = "/playground/connector";
    public const string Api = "/playground/api";

    /// <summary>The serviceUrl the page puts on activities, so the bot answers the local channel, as it would Teams.</summary>
    public static string ServiceUrl(HttpRequest request) => $"{request.Scheme}://{request.Host}{request.PathBase}{Connector}/";
}
