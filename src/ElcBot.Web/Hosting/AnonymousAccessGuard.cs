using System.Net;
using ElcBot.Bot.Hosting;
using Microsoft.Extensions.Options;

namespace ElcBot.Web.Hosting;

/// <summary>Refuses to start a service that would take messages without a token from other machines.</summary>
/// <remarks>
/// With no MicrosoftAppId the Bot Framework SDK accepts any caller, as the Bot Framework Emulator, the playground and
/// the tests need. That is safe on a developer's machine or behind a loopback address; a deployment that forgot the
/// setting would otherwise run open to anyone who found its address, and nothing would say so.
/// </remarks>
public static class AnonymousAccessGuard
{
    public const string Problem = "Set MicrosoftAppId: without it ElcBot takes messages from anyone, which is allowed only in Development or when it listens on this machine alone (127.0.0.1 or localhost).";

    /// <summary>Stops the start, with <see cref="Problem"/> as the reason, when the host would be open to other machines.</summary>
    public static void ThrowIfOpen(WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var configuration = builder.Configuration;
        string[] addresses =
        [
            .. (configuration[WebHostDefaults.ServerUrlsKey] ?? string.Empty).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            // Endpoints set in a Kestrel section are used in place of the urls.
            .. configuration.GetSection("Kestrel:Endpoints").GetChildren().Select(e => e["Url"]).OfType<string>(),
        ];
        if (!Allows(configuration[BotAppId.Setting], builder.Environment.IsDevelopment(), addresses))
        {
            throw new OptionsValidationException(BotAppId.Setting, typeof(BotAppId), [Problem]);
        }
    }

    public static bool Allows(string? appId, bool development, IReadOnlyCollection<string> addresses)
    {
        ArgumentNullException.ThrowIfNull(addresses);
        return !string.IsNullOrWhiteSpace(appId) || development || (addresses.Count > 0 && addresses.All(IsLoopback));
    }

    private static bool IsLoopback(string address)
    {
        try
        {
            var host = BindingAddress.Parse(address).Host;
            return host.Equals("localhost", StringComparison.OrdinalIgnoreCase)
                || (IPAddress.TryParse(host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip));
        }
        catch (FormatException)
        {
            // Kestrel refuses such an address itself; it is not one this guard can call safe.
            return false;
        }
    }
}
