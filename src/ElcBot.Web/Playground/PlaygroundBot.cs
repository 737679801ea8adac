namespace ElcBot.Web.Playground;

/// <summary>The bot as the page addresses it.</summary>
/// <remarks>The playground runs only while MicrosoftAppId is empty (see <see cref="PlaygroundExtensions"/>), so its id is a local one.</remarks>
/// <param name="Id">The bot's Teams id: "28:" and an app id.</param>
public sealed record PlaygroundBot(string Id)
{
    public static PlaygroundBot Local { get; } = new("28:playground-elcbot");
}
