using ElcBot.Clustering;
using ElcBot.Bot;
using ElcBot.Bot.Commands;
using ElcBot.Storage;
using ElcBot.Storage.Embedded;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ElcBot.Cli.Packaging;

/// <summary>The commands the bot handles, read from the bot's own registrations so the manifest can never name one it lacks.</summary>
public static class BotCommandCatalogue
{
    /// <summary>Composes the bot as the web host does and asks its command router.</summary>
    /// <remarks>Nothing is contacted: building clients and handlers does no I/O, and no hosted service is started.</remarks>
    public static IReadOnlyList<BotCommand> Load()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                // Any well-formed connection string will do; it is never used.
                ["Storage:ConnectionString"] = AzuriteConnection.ForPort(10002),
            })
            .Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddElcBotStorage(configuration);
        services.AddElcBotThemes();
        services.AddElcBot(configuration);
        using var provider = services.BuildServiceProvider();
        return provider.GetRequiredService<CommandRouter>().Commands;
    }
}
