using ElcBot.Bot.Cards;
using ElcBot.Bot.Commands;
using ElcBot.IntegrationTests.Peers;
using ElcBot.Tests.Cards;
using Microsoft.Extensions.DependencyInjection;

namespace ElcBot.IntegrationTests.Playground;

/// <summary>
/// Every card the bot can produce, through the official Adaptive Cards SDK (tests/browser/card-contract.mjs):
/// the shared card catalogue (tests/ElcBot.Tests/Cards/CardCatalogue.cs, where new builders are added), and the
/// help card as the running bot really builds it.
/// </summary>
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
        var cards = CardCatalogue.All()
            .Append(("help (the running bot's commands)", HelpCard.Build(_host.Services.GetRequiredService<CommandRouter>().Commands)))
            .ToArray();
        for (var i = 0; i < cards.Length; i++)
        {
            var fileName = $"{i:00}-{string.Concat(cards[i].Item1.Select(c => char.IsLetterOrDigit(c) ? c : '-'))}.json";
            await File.WriteAllTextAsync(Path.Combine(_folder.FullName, fileName), cards[i].Item2.ToJsonString());
        }

        var result = await NodeScript.RunAsync(["card-contract.mjs", _folder.FullName], new Dictionary<string, string>(), onAsk: null, TimeSpan.FromMinutes(1), CancellationToken.None);

        Assert.True(result.ExitCode == 0, $"Cards break the contract (exit code {result.ExitCode}):\n{result.Output}");
        Assert.Contains($"{cards.Length} of {cards.Length} cards keep the contract", result.Output);
    }
}
