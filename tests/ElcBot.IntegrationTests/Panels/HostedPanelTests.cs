using ElcBot.Bot.Cards;
using ElcBot.Core.Contributions;
using ElcBot.Core.Panels;
using ElcBot.IntegrationTests.Peers;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;
using static ElcBot.IntegrationTests.Panels.PanelTeams;

namespace ElcBot.IntegrationTests.Panels;

/// <summary>
/// A panel test class that gets, for each test, the real host and a recording connector of its own, with the bot in a team
/// channel and an open round of eight contributions (<see cref="PanelTeams"/>): where every panel journey starts, so each
/// class says only which settings it starts the host with and what it does from there.
/// </summary>
public abstract class HostedPanelTests : HostedBotTests
{
    protected PanelTeams Teams { get; private set; } = null!;

    protected IPanelDraftStore Drafts => Host.Services.GetRequiredService<IPanelDraftStore>();

    protected IPanelStore PanelStore => Host.Services.GetRequiredService<IPanelStore>();

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Teams = new PanelTeams(Host, Connector);
        await Teams.SetUpAsync();
    }

    /// <summary>Says something to the bot in the channel, as the facilitator Fran; returns the bot's answer.</summary>
    protected async Task<JObject> SayAsync(string command)
    {
        var sent = Connector.SentActivities.Count;
        await Teams.SendAsync(Teams.Message(command, "fran"));
        return (await Connector.WaitForActivitiesAsync(sent + 1))[^1];
    }

    /// <summary>Cards the bot has sent whose first line is this title.</summary>
    protected JObject[] Cards(string title) => PanelCards.Sent(Connector, title);

    /// <summary>Someone on the panel, reached in a personal chat through the recording connector.</summary>
    protected PanelMember Member(string userId, string name, ContributorRole role) =>
        new(RoundId, userId, name, role, new PanelAddress("msteams", Connector.ServiceUrl, BotId, Tenant), DateTimeOffset.UtcNow);

    /// <summary>The data of the facilitator's press giving someone added to the panel their role.</summary>
    protected static JObject Role(string userId, string name, string role) =>
        JObject.FromObject(new { elcAction = PanelCardActions.SetRole, roundId = RoundId, userId, name, panelRole = role });
}
