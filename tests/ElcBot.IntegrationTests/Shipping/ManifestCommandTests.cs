using ElcBot.Clustering;
using ElcBot.Bot;
using ElcBot.Bot.Commands;
using ElcBot.Storage;
using ElcBot.Storage.Embedded;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ElcBot.IntegrationTests.Shipping;

/// <summary>Every command the manifest lists is one the bot handles, checked against the bot's own router.</summary>
public sealed class ManifestCommandTests(BuiltTeamsPackage package) : IClassFixture<BuiltTeamsPackage>, IDisposable
{
    private readonly ServiceProvider _services = ComposeBot();

    [Fact]
    public void Should_route_every_listed_command_to_its_own_handler_when_typed()
    {
        var router = _services.GetRequiredService<CommandRouter>();

        Assert.All(ListedCommands(), listed =>
        {
            var match = router.Match(listed.Title);
            Assert.True(match is not null, $"'{listed.Title}' ({listed.Scope}) is not a command the bot handles.");
            Assert.Equal(listed.Title, match.Value.Handler.Command.Name);
            Assert.Equal(string.Empty, match.Value.Arguments);
        });
    }

    [Fact]
    public void Should_describe_each_command_as_the_help_card_does_when_listed()
    {
        var router = _services.GetRequiredService<CommandRouter>();

        Assert.All(ListedCommands(), listed =>
            Assert.Equal(router.Commands.Single(c => c.Name == listed.Title).Description, listed.Description));
    }

    [Fact]
    public void Should_keep_facilitator_commands_out_of_personal_chat_when_listed()
    {
        var facilitatorsOnly = _services.GetRequiredService<CommandRouter>().Commands.Where(c => c.FacilitatorsOnly).Select(c => c.Name).ToHashSet();

        Assert.DoesNotContain(ListedCommands(), listed => listed.Scope == "personal" && facilitatorsOnly.Contains(listed.Title));
    }

    [Fact]
    public void Should_offer_what_anyone_can_do_in_a_channel_and_nothing_that_works_only_in_a_direct_chat_when_listed()
    {
        var team = ListedCommands().Where(c => c.Scope == "team").Select(c => c.Title).ToArray();

        Assert.Equal("help", team[0]);
        Assert.Equal(["ideas", "share"], team.Skip(1).Take(2).Order(StringComparer.Ordinal));
        Assert.DoesNotContain("my contributions", team);
        Assert.DoesNotContain("forget me", team);
    }

    [Fact]
    public void Should_have_one_non_empty_command_list_per_scope_including_help_when_built()
    {
        var lists = package.Manifest["bots"]![0]!["commandLists"]!.AsArray();

        Assert.Equal(["groupChat", "personal", "team"], lists.SelectMany(l => l!["scopes"]!.AsArray().Select(s => s!.GetValue<string>())).Order(StringComparer.Ordinal));
        Assert.All(lists, l => Assert.Contains(l!["commands"]!.AsArray(), c => c!["title"]!.GetValue<string>() == "help"));
    }

    public void Dispose() => _services.Dispose();

    private IEnumerable<(string Scope, string Title, string Description)> ListedCommands() =>
        from list in package.Manifest["bots"]![0]!["commandLists"]!.AsArray()
        from scope in list!["scopes"]!.AsArray()
        from command in list["commands"]!.AsArray()
        select (scope!.GetValue<string>(), command!["title"]!.GetValue<string>(), command["description"]!.GetValue<string>());

    // Composed here as the web host composes it, independently of the packaging code under test.
    private static ServiceProvider ComposeBot()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:ConnectionString"] = AzuriteConnection.ForPort(10002) })
            .Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddElcBotStorage(configuration);
        services.AddElcBotThemes();
        services.AddElcBot(configuration);
        return services.BuildServiceProvider();
    }
}
