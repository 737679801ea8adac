using ElcBot.Storage;
using ElcBot.Storage.Tables;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace ElcBot.IntegrationTests.Peers;

/// <summary>The real storage registrations, pointed at the shared Azurite with a table prefix of their own.</summary>
public sealed class StorageServices : IAsyncDisposable
{
    private StorageServices(ServiceProvider provider) => Provider = provider;

    public ServiceProvider Provider { get; }

    public T Get<T>() where T : notnull => Provider.GetRequiredService<T>();

    public static async Task<StorageServices> StartAsync(Action<IServiceCollection, IConfiguration>? extra = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = await SharedAzurite.ConnectionStringAsync(),
            ["Storage:TablePrefix"] = SharedAzurite.UniquePrefix(),
        }).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSingleton(typeof(Microsoft.Extensions.Logging.ILogger<>), typeof(NullLogger<>));
        services.AddElcBotStorage(configuration);
        extra?.Invoke(services, configuration);
        var provider = services.BuildServiceProvider();
        await provider.GetRequiredService<ElcTables>().EnsureCreatedAsync(CancellationToken.None);
        return new StorageServices(provider);
    }

    public ValueTask DisposeAsync() => Provider.DisposeAsync();
}
