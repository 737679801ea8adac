using System.Security.Claims;
using ElcBot.IntegrationTests.Peers;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Extensions.DependencyInjection;

namespace ElcBot.IntegrationTests.Security;

public sealed class ConnectorReuseTests
{
    [Fact]
    public async Task Should_hand_every_turn_the_same_connector_client_when_the_service_url_is_the_same()
    {
        await using var host = await BotHost.StartAsync();
        var authentication = host.Services.GetRequiredService<BotFrameworkAuthentication>();
        var identity = new ClaimsIdentity();

        using var first = await authentication.CreateConnectorFactory(identity).CreateAsync("https://smba.example.org/emea/", null!, CancellationToken.None);
        using var second = await authentication.CreateConnectorFactory(identity).CreateAsync("https://smba.example.org/emea/", null!, CancellationToken.None);
        using var elsewhere = await authentication.CreateConnectorFactory(identity).CreateAsync("https://smba.example.org/amer/", null!, CancellationToken.None);

        Assert.Same(first.Conversations, second.Conversations);
        Assert.NotSame(first.Conversations, elsewhere.Conversations);
    }

    [Fact]
    public async Task Should_keep_the_shared_client_usable_when_a_turn_disposes_its_handle()
    {
        await using var host = await BotHost.StartAsync();
        var factory = host.Services.GetRequiredService<BotFrameworkAuthentication>().CreateConnectorFactory(new ClaimsIdentity());

        var turn = await factory.CreateAsync("https://smba.example.org/emea/", null!, CancellationToken.None);
        turn.Dispose();
        using var next = await factory.CreateAsync("https://smba.example.org/emea/", null!, CancellationToken.None);

        Assert.Equal(new Uri("https://smba.example.org/emea/"), next.BaseUri);
        Assert.Same(turn.Conversations, next.Conversations);
    }
}
