using System.Reflection;
using System.Text.Json.Nodes;
using ElcBot.Bot.Cards;

namespace ElcBot.Tests.Cards;

/// <summary>The catalogue is kept by hand, so this checks that no card builder has been left out of it.</summary>
public sealed class CardCatalogueCoverageTests
{
    // Public methods of card classes that return a piece of a card (button data, one button), not a card.
    private static readonly HashSet<string> NotCards = new(StringComparer.Ordinal)
    {
        "SummaryCard.ThemeIds", "PanelDraftCard.ThemeIds", "RemoveContributionCard.Button", "MyContributionCard.ReadButton", "MySupportCard.OpenButton",
        "SummaryCard.BackToSummary",
    };

    [Fact]
    public void Should_show_every_card_builder_in_the_catalogue_when_a_new_one_is_added()
    {
        var catalogue = string.Concat(new[] { "CardCatalogue.cs", "PanelCardSamples.cs" }.Select(f => File.ReadAllText(Path.Combine(CardsTestFolder(), f))));

        var missing = Builders().Where(b => !catalogue.Contains($"{b}(", StringComparison.Ordinal)).ToArray();

        Assert.True(missing.Length == 0, $"Add these to CardCatalogue: {string.Join(", ", missing)}");
        Assert.Contains("WelcomeCard.Build", Builders());
    }

    private static IEnumerable<string> Builders() =>
        typeof(WelcomeCard).Assembly.GetTypes()
            .Where(t => t.Namespace == typeof(WelcomeCard).Namespace && t.IsPublic && t.Name.EndsWith("Card", StringComparison.Ordinal))
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly)
                .Where(m => m.ReturnType == typeof(JsonObject))
                .Select(m => $"{t.Name}.{m.Name}"))
            .Where(name => !NotCards.Contains(name) && !name.EndsWith(".Ids", StringComparison.Ordinal))
            .Distinct()
            .Order(StringComparer.Ordinal);

    // The test project's folder in the repository, found from the build output by walking up to the solution.
    private static string CardsTestFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ElcBot.sln")))
            {
                return Path.Combine(dir.FullName, "tests", "ElcBot.Tests", "Cards");
            }
        }

        throw new DirectoryNotFoundException("ElcBot.sln was not found above the test output.");
    }
}
