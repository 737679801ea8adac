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
