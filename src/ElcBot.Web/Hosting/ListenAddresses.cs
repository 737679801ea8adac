using Microsoft.Extensions.Options;

namespace ElcBot.Web.Hosting;

/// <summary>Chooses where the host listens and tells the person running it where the bot is.</summary>
public static class ListenAddresses
{
    public const int DefaultPort = 3978;

    /// <summary>Listens on the configured port (Port, default 3978) unless ASPNETCORE_URLS already says where.</summary>
    public static void UseElcBotUrls(this WebApplicationBuilder builder)
    {
        if (!string.IsNullOrEmpty(builder.Configuration[WebHostDefaults.ServerUrlsKey]))
        {
            return;
        }

        var port = builder.Configuration.GetValue("Port", DefaultPort);
        if (port is < 1 or > 65535)
        {
            // Kestrel would otherwise stop the host with an ArgumentOutOfRangeException and no word of which setting.
            throw new OptionsValidationException("Port", typeof(int), [$"Port must be a port number from 1 to 65535 (it is {port})."]);
        }

        // Loopback only on a developer's machine; every interface in a container or App Service.
        var host = builder.Environment.IsDevelopment() ? "localhost" : "+";
        builder.WebHost.UseUrls($"http://{host}:{port}");
    }

    public static void PrintAddressesOnStart(this WebApplication app)
    {
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            foreach (var address in app.Urls)
            {
                var shown = address.Replace("://+", "://localhost", StringComparison.Ordinal).Replace("://[::]", "://localhost", StringComparison.Ordinal);
                Console.WriteLine($"ElcBot is listening. Messages endpoint: {shown.TrimEnd('/')}{ElcBot.Bot.DependencyInjection.MessagesPath}");
            }
        });
    }
}
