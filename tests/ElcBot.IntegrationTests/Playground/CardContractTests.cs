using ElcBot.Bot.Commands;
using ElcBot.IntegrationTests.Peers;
using Microsoft.Extensions.DependencyInjection;

namespace ElcBot.IntegrationTests.Playground;

/// <summary>Every card in the catalogue through the official Adaptive Cards SDK (tests/browser/card-contract.mjs).</summary>
public sealed class CardContractTests : IAsyncLifetime
{
    private BotHost _host = null!;
    private DirectoryInfo _folder = null!;

    public async Task InitializeAsync()
    {
        _host = await BotHost.StartAsync();
        _folder = Directory.CreateTempSubdirectory("elcbot-cards-");
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        _folder.Delete(recursive: true);
    }

    [Fact]
    public async Task Should_parse_every_card_without_warnings_within_version_and_size_when_checked_by_the_official_sdk()
    {
        var commands = _host.Services.GetRequiredService<CommandRouter>().Commands;
        var cards = CardCatalogue.All(commands);
        foreach (var (name, card) in cards)
        {
            await File.WriteAllTextAsync(Path.Combine(_folder.FullName, name + ".json"), card.ToJsonString());
        }

        var result = await NodeScript.RunAsync(["card-contract.mjs", _folder.FullName], new Dictionary<string, string>(), onAsk: null, TimeSpan.FromMinutes(1), CancellationToken.None);

        Assert.True(result.ExitCode == 0, $"Cards break the contract (exit code {result.ExitCode}):\n{result.Output}");
        Assert.Contains($"{cards.Count} of {cards.Count} cards keep the contract", result.Output);
    }
}
