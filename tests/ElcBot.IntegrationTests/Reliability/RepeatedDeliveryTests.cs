using System.Text.Json.Nodes;
using ElcBot.Bot.Cards;
using ElcBot.Cli.Bench.Load;
using ElcBot.Core.Contributions;
using ElcBot.Core.Privacy;
using ElcBot.IntegrationTests.Peers;
using Microsoft.Extensions.DependencyInjection;

namespace ElcBot.IntegrationTests.Reliability;

/// <summary>Teams delivering the very same activity again (a retry after a lost answer), one after the other or at once.</summary>
public sealed class RepeatedDeliveryTests : HostedBotTests
{
    protected override string[] HostSettings => [.. ElcBotPeople.HostSettings];

    [Fact]
    public async Task Should_store_the_idea_and_the_support_once_when_the_same_activity_arrives_twice()
    {
        var client = new TurnClient(Host.Client);
        var activities = new ChannelActivities(Connector.ServiceUrl);
        var roundId = await ElcBotPeople.StartRoundAsync(client, activities, CancellationToken.None);
        var share = activities.CardAction("aad-ali", Form(roundId, "A named person to call when I am worried."), activityId: "share-1");
        var sameMoment = activities.CardAction("aad-ali", Form(roundId, "Letters I can read without help."), activityId: "share-2");

        var shares = new[] { await client.PostAsync(share, CancellationToken.None), await client.PostAsync(share, CancellationToken.None) }
            .Concat(await Task.WhenAll(client.PostAsync(sameMoment, CancellationToken.None), client.PostAsync(sameMoment, CancellationToken.None)));

        Assert.All(shares, reply => Assert.Contains(SharedCard.IdeaTitle, reply.Body));
        var stored = await Host.Services.GetRequiredService<IContributionStore>().ListAsync(roundId, null, CancellationToken.None);
        Assert.Equal(["A named person to call when I am worried.", "Letters I can read without help."], stored.Select(c => c.Text).Order());

        var press = activities.CardAction("aad-bo", new JsonObject { ["elcAction"] = "support.toggle", ["roundId"] = roundId, ["ideaId"] = stored[0].Id, ["page"] = 0 }, activityId: "press-1");
        var presses = await Task.WhenAll(client.PostAsync(press, CancellationToken.None), client.PostAsync(press, CancellationToken.None));
        var again = await client.PostAsync(press, CancellationToken.None);

        Assert.All(presses.Append(again), reply => Assert.Contains(IdeasPageCard.SupportNotice(true), reply.Body));
        var supports = Host.Services.GetRequiredService<ISupportStore>();
        Assert.Equal(1, await supports.CountAsync(roundId, stored[0].Id, CancellationToken.None));
        var bo = Host.Services.GetRequiredService<ContributorKeys>().For("aad-bo");
        Assert.Single(await supports.ListForRoundAsync(roundId, CancellationToken.None), s => s.SupporterKey == bo);
    }

    private static JsonObject Form(string roundId, string text) => ChannelActivities.IdeaForm(roundId, text, Guid.NewGuid().ToString("N"), "Carer");
}
