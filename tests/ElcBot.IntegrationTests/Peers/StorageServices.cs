using ElcBot.Storage;
using ElcBot.Storage.Tables;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ElcBot.IntegrationTests.Peers;

/// <summary>The real storage registrations, pointed at the shared Azurite with a table prefix of their own.</summary>
public sealed class StorageServices : IAsyncDisposable
{
    private StorageServices(ServiceProvider provider) => Provider = provider;

    public ServiceProvider Provider { get; }

    public T Get<T>() where T : notnull => Provider.GetRequiredService<T>();

    public string TablePrefix => Provider.GetRequiredService<Microsoft.Extensions.Options.IOptions<TableStorageOptions>>().Value.TablePrefix;

    /// <param name="extra">More registrations, made after the storage ones (so they win).</param>
    /// <param name="tablePrefix">Share tables with another instance by passing its prefix; a new one by default.</param>
    public static async Task<StorageServices> StartAsync(Action<IServiceCollection, IConfiguration>? extra = null, string? tablePrefix = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = await SharedAzurite.ConnectionStringAsync(),
            ["Storage:TablePrefix"] = tablePrefix ?? SharedAzurite.UniquePrefix(),
        }).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddElcBotStorage(configuration);
        extra?.Invoke(services, configuration);
        services.AddLogging();
        var provider = services.BuildServiceProvider();
        await provider.GetRequiredService<ElcTables>().EnsureCreatedAsync(CancellationToken.None);
        return new StorageServices(provider);
    }

    public ValueTask DisposeAsync() => Provider.DisposeAsync();
}
