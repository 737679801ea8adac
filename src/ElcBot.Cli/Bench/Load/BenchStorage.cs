using ElcBot.Core.Contributions;
using ElcBot.Core.Privacy;
using ElcBot.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ElcBot.Cli.Bench.Load;

/// <summary>The benchmark's own view of the host's tables, to check them after the run with the same adapters the bot uses.</summary>
public sealed class BenchStorage(ServiceProvider provider, ContributorKeys keys) : IAsyncDisposable
{
    public IContributionStore Contributions => provider.GetRequiredService<IContributionStore>();

    public ISupportStore Supports => provider.GetRequiredService<ISupportStore>();

    public ContributorKeys Keys => keys;

    /// <param name="tablePrefix">The host's Storage:TablePrefix, when it has one.</param>
    public static BenchStorage Open(string connectionString, string contributorKeySecret, string? tablePrefix = null)
    {
        var settings = new Dictionary<string, string?> { ["Storage:ConnectionString"] = connectionString };
        if (tablePrefix is not null)
        {
            settings["Storage:TablePrefix"] = tablePrefix;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddElcBotStorage(configuration);
        var keys = new ContributorKeys(Options.Create(new PrivacyOptions { ContributorKeySecret = contributorKeySecret }), NullLogger<ContributorKeys>.Instance);
        return new BenchStorage(services.BuildServiceProvider(), keys);
    }

    public ValueTask DisposeAsync() => provider.DisposeAsync();
}
