using ElcBot.Cli.Operations;
using ElcBot.Core.Contributions;
using ElcBot.Core.Imports;
using ElcBot.Core.Rounds;
using ElcBot.Core.Themes;
using ElcBot.IntegrationTests.Peers;
using ElcBot.Storage.Tables;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ElcBot.IntegrationTests.Summaries;

/// <summary>
/// The operator's `import` as its services are put together, against Azurite and the real model: what it imports
/// gets its vector there and then, so the round's next summary has nothing to embed.
/// </summary>
public sealed class ImportVectorsTests : IAsyncLifetime
{
    private const string File = """
        text,kind,role,consent
        A drop-in clinic on Saturdays,idea,carer,may quote
        Somewhere quiet to wait,story,uses services,themes only
        Evening appointments for working carers,idea,carer,may quote
        """;

    private ServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = await SharedAzurite.ConnectionStringAsync(),
            ["Storage:TablePrefix"] = SharedAzurite.UniquePrefix(),
        }).Build();
        _services = OperatorServices.Register(new ServiceCollection(), configuration).BuildServiceProvider();
        await _services.GetRequiredService<ElcTables>().EnsureCreatedAsync(CancellationToken.None);
        await _services.GetRequiredService<IRoundStore>().TryOpenAsync(
            new Round("round-1", "19:c@thread.tacv2", "tenant", "team", "What would help?", ElcStage.Discover, null, true, DateTimeOffset.UtcNow),
            CancellationToken.None);
    }

    public async Task DisposeAsync() => await _services.DisposeAsync();

    [Fact]
    public async Task Should_give_every_imported_row_a_stored_vector()
    {
        var imported = await _services.GetRequiredService<ContributionImporter>().ImportAsync("round-1", "workshop.csv", new StringReader(File), null, CancellationToken.None);
        var missing = _services.GetRequiredService<MissingVectors>();
        Assert.Equal(3, imported.Added);
        Assert.All(await _services.GetRequiredService<IContributionStore>().ListAsync("round-1", null, CancellationToken.None), c => Assert.Null(c.Vector));

        var made = await missing.FillAsync("round-1", null, CancellationToken.None);

        Assert.Equal(3, made);
        var stored = await _services.GetRequiredService<IContributionStore>().ListAsync("round-1", null, CancellationToken.None);
        Assert.All(stored, c => Assert.Equal(384, VectorCodec.Decode(c.Vector!).Length));
        Assert.Equal(0, await missing.FillAsync("round-1", null, CancellationToken.None));
    }
}
