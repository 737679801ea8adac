using ElcBot.Core.Contributions;
using ElcBot.Core.Imports;
using ElcBot.Core.Rounds;
using ElcBot.Core.Summaries;
using ElcBot.Storage;
using ElcBot.Storage.Embedded;
using ElcBot.Storage.Tables;
using ElcBot.Web.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ElcBot.Cli.Operations;

/// <summary>The service's storage as the operator's commands see it: the same settings and tables as the bot.</summary>
/// <remarks>With no storage configured it uses the local Azurite, starting it when the bot is not already running it.</remarks>
public sealed class OperatorServices : IAsyncDisposable
{
    private readonly ServiceProvider _provider;
    private readonly AzuriteProcess? _azurite;

    private OperatorServices(ServiceProvider provider, AzuriteProcess? azurite)
    {
        _provider = provider;
        _azurite = azurite;
    }

    public T Get<T>() where T : notnull => _provider.GetRequiredService<T>();

    public static async Task<OperatorServices> StartAsync(CancellationToken cancellationToken)
    {
        DotEnvFile.LoadIfPresentOrThrow();
        var configuration = new ConfigurationBuilder().AddEnvironmentVariables().Build();
        var storage = configuration.GetSection(TableStorageOptions.SectionName).Get<TableStorageOptions>() ?? new TableStorageOptions();
        AzuriteProcess? azurite = null;
        var settings = new Dictionary<string, string?>();
        if (storage.UsesEmbeddedEmulator)
        {
            var options = configuration.GetSection(AzuriteOptions.SectionName).Get<AzuriteOptions>() ?? new AzuriteOptions();
            // Starting the emulator can take many seconds on a busy machine; say so, so a silent wait does not look stuck.
            Console.Error.WriteLine($"Opening the local Table Storage (Azurite, port {options.Port}); starting it can take up to {options.StartTimeout.TotalSeconds:0} s ...");
            azurite = await AzuriteProcess.StartAsync(options, cancellationToken).ConfigureAwait(false);
            settings["Storage:ConnectionString"] = azurite.ConnectionString;
        }

        var merged = new ConfigurationBuilder().AddConfiguration(configuration).AddInMemoryCollection(settings).Build();
        var provider = Register(new ServiceCollection(), merged).BuildServiceProvider();
        await provider.GetRequiredService<ElcTables>().EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        return new OperatorServices(provider, azurite);
    }

    /// <summary>What the operator's commands use, over the storage <paramref name="configuration"/> names.</summary>
    public static IServiceCollection Register(IServiceCollection services, IConfiguration configuration)
    {
        services.AddLogging();
        services.AddSingleton(configuration);
        services.AddElcBotStorage(configuration);
        services.AddSingleton<ContributionImporter>();
        // Imported rows get their vectors here, with the service's own model, since they skip its background queue.
        services.AddSingleton<ElcBot.Core.Themes.ITextEmbedder>(_ => new ElcBot.Clustering.Embedding.MiniLmTextEmbedder());
        services.AddSingleton<ElcBot.Core.Themes.MissingVectors>();
        return services;
    }

    public async ValueTask DisposeAsync()
    {
        await _provider.DisposeAsync().ConfigureAwait(false);
        if (_azurite is not null)
        {
            await _azurite.DisposeAsync().ConfigureAwait(false);
        }
    }
}
