using System.Net;
using ElcBot.Core.Contributions;
using ElcBot.Core.Rounds;
using ElcBot.IntegrationTests.Peers;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;

namespace ElcBot.IntegrationTests.Panels;

/// <summary>A team channel with the bot installed, an open round of stories and ideas, and Teams-shaped activities for it.</summary>
public sealed class PanelTeams(BotHost host, RecordingConnector connector)
{
    public const string Channel = "19:0b7f32667e064dd9b25d7969801541f4@thread.tacv2";
    public const string Team = "19:zFLSDFWsesfzcmKArqKJ-65aOXJz@sgf462H2wz41@thread.tacv2";
    public const string Tenant = "b28fdbfd-2b78-4f93-b0f8-8881793f0f8f";
    public const string RoundId = "panel-round";
    public const string BotId = "28:608cacfd-1cea-40c9-b678-4b93e69bb72b";
    private readonly TeamsActivities teams = new(connector.ServiceUrl, Tenant, Team, Channel, BotId) { NameOf = Name };

    /// <summary>Installs the bot in the channel (so it can post there later) and opens a round with eight contributions on two topics.</summary>
    public async Task SetUpAsync()
    {
        await host.PostActivityAsync(TeamsFixtures.Load("installationUpdate_add_team_channel.DERIVED_fixed.json", connector.ServiceUrl));
        await connector.WaitForActivitiesAsync(1);
        await host.Services.GetRequiredService<IRoundStore>().TryOpenAsync(
            new Round(RoundId, Channel, Tenant, Team, "What would make it easier to get help from your GP?", ElcStage.Discover, null, true, DateTimeOffset.UtcNow.AddDays(-3)),
            CancellationToken.None);
        var store = host.Services.GetRequiredService<IContributionStore>();
        var i = 0;
        foreach (var (text, role, consent) in Shared)
        {
            i++;
            await store.AddAsync(new Contribution(RoundId, $"c{i}", ContributionKind.Idea, text, role, consent, $"key-{i}", null, null, DateTimeOffset.UtcNow.AddHours(-i), $"sub-{i}"), CancellationToken.None);
        }
    }

    public static IReadOnlyList<(string Text, ContributorRole Role, ConsentLevel Consent)> Shared { get; } =
    [
        ("The waiting room was so noisy I could not hear my name called.", ContributorRole.Carer, ConsentLevel.MayQuote),
        ("A quiet waiting room with a clock on the wall would help.", ContributorRole.UsesServices, ConsentLevel.MayQuote),
        ("Tell people in the waiting room how long the wait will be.", ContributorRole.HealthOrCareStaff, ConsentLevel.MayQuote),
        ("Waiting for hours in a busy waiting room made my anxiety worse.", ContributorRole.UsesServices, ConsentLevel.ThemesOnly),
        ("I rang the surgery phone line for an hour before anyone answered.", ContributorRole.Carer, ConsentLevel.MayQuote),
        ("Offer a call back when the phone line is busy.", ContributorRole.HealthOrCareStaff, ConsentLevel.MayQuote),
        ("More staff answering the phones first thing in the morning.", ContributorRole.HealthOrCareStaff, ConsentLevel.MayQuote),
        ("The phone line cut me off twice at eight in the morning.", ContributorRole.UsesServices, ConsentLevel.MayQuote),
    ];

    /// <summary>A channel message from someone, with Teams mention entities for the bot and the people named.</summary>
    public JObject Message(string text, string person, params (string Id, string Name)[] mentioned)
    {
        var activity = teams.InChannel(person);
        activity["text"] = $"<at>ElcBot</at> {text}";
        activity["entities"] = new JArray(
            new[] { (Id: BotId, Name: "ElcBot") }.Concat(mentioned).Select(m => JObject.FromObject(new { type = "mention", mentioned = new { id = m.Id, name = m.Name }, text = $"<at>{m.Name}</at>" })));
        return activity;
    }

    /// <summary>A message in the person's personal chat with the bot.</summary>
    public JObject PersonalMessage(string text, string person) => teams.PersonalMessage(person, text);

    /// <summary>A Universal Action press, in the channel or in the person's personal chat; returns the invoke response body.</summary>
    public async Task<JObject> InvokeAsync(string person, JObject data, bool personal = false)
    {
        var activity = personal ? teams.Personal(person) : teams.InChannel(person);
        activity["type"] = "invoke";
        activity["name"] = "adaptiveCard/action";
        activity["value"] = JObject.FromObject(new { action = new { type = "Action.Execute", data } });
        var response = await host.PostActivityAsync(activity);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JObject.Parse(await response.Content.ReadAsStringAsync());
    }

    public async Task SendAsync(JObject activity)
    {
        var response = await host.PostActivityAsync(activity);
        Assert.True(response.IsSuccessStatusCode, ((int)response.StatusCode).ToString());
    }

    public static string Name(string person) => char.ToUpperInvariant(person[0]) + person[1..];
}
