using Microsoft.Extensions.Configuration;

namespace ElcBot.Bot.Hosting;

/// <summary>The bot's Microsoft app id (empty on a local run with no sign-in), which proactive messages and file offers name.</summary>
/// <remarks>The SDK reads the same MicrosoftAppId setting itself; this reads it once, so no handler looks settings up mid-turn.</remarks>
public sealed record BotAppId(string Value)
{
    public const string Setting = "MicrosoftAppId";

    public static BotAppId From(IConfiguration configuration) => new(configuration[Setting] ?? string.Empty);
}
