using System.Net;
using ElcBot.Core.Contributions;
using ElcBot.Core.Rounds;
using ElcBot.IntegrationTests.Peers;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;

namespace ElcBot.IntegrationTests.Contributions;

/// <summary>The whole contribution journey over HTTP against the real host and Azurite, each step checked in storage.</summary>
public sealed class ContributionsEndToEndTests : IAsyncLifetime
{
    private const string Channel = "19:general@thread.tacv2";
    private const string Team = "19:team@thread.tacv2";
    private const string Tenant = "tenant-1";
    private BotHost _host = null!;
    private RecordingConnector _connector = null!;
    private TeamsActivities _teams = null!;

    public async Task InitializeAsync()
    {
        _connector = await RecordingConnector.StartAsync();
        _teams = new TeamsActivities(_connector.ServiceUrl, Tenant, Team, Channel);
        _host = await BotHost.StartAsync("Bot:Facilitators:0=aad-fran");
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _connector.DisposeAsync();
    }

    [Fact]
    public async Task Should_start_a_round_share_support_build_on_list_and_forget_with_every_step_in_storage()
    {
        var rounds = _host.Services.GetRequiredService<IRoundStore>();
        var contributions = _host.Services.GetRequiredService<IContributionStore>();
        var supports = _host.Services.GetRequiredService<ISupportStore>();

        await PostAsync(Message("<at>ElcBot</at> start round", "fran"));
        Assert.Contains("Start a round", (await _connector.WaitForActivitiesAsync(1))[^1].ToString());

        var started = await InvokeAsync("fran", new { elcAction = "round.start", question = "What would make it easier to get help?", stage = "Discover" });
        Assert.Contains("Tell us what matters", started.ToString());
        var round = await rounds.FindOpenAsync(Channel, CancellationToken.None);
        Assert.NotNull(round);
        Assert.Equal((Team, Tenant), (round.TeamId, round.TenantId));

        var story = await InvokeAsync("ali", Form(round.Id, "Story", "The receptionist knew my name. Ring me on 07700 900123."));
        Assert.Contains("I hid a phone number", story.ToString());
        Assert.Empty(await contributions.ListAsync(round.Id, null, CancellationToken.None));
        await InvokeAsync("ali", Form(round.Id, "Story", "The receptionist knew my name.", "sub-story"));
        await InvokeAsync("ali", Form(round.Id, "Story", "The receptionist knew my name.", "sub-story"));
        await InvokeAsync("bo", Form(round.Id, "Idea", "A quiet room to wait in.", "sub-idea"));
        var stored = await contributions.ListAsync(round.Id, null, CancellationToken.None);
        Assert.Equal(["A quiet room to wait in.", "The receptionist knew my name."], stored.Select(c => c.Text));
        var idea = stored[0];

        var supported = await InvokeAsync("ali", new { elcAction = "support.toggle", roundId = round.Id, ideaId = idea.Id, page = 0 });
        Assert.Contains("This matters to me too (1)", supported.ToString());
        Assert.Equal(1, await supports.CountAsync(round.Id, idea.Id, CancellationToken.None));

        var sent = _connector.SentActivities.Count;
        await InvokeAsync("cy", new { elcAction = "idea.open", roundId = round.Id, buildsOnId = idea.Id });
        var form = (await _connector.WaitForActivitiesAsync(sent + 1))[^1];
        Assert.Equal(idea.Id, form.SelectToken("attachments[0].content.actions[0].data.buildsOnId")!.ToString());
        var buildOn = Form(round.Id, "Idea", "And a water fountain there.", "sub-build");
        buildOn["buildsOnId"] = idea.Id;
        await InvokeAsync("cy", buildOn);
        Assert.Contains(await contributions.ListAsync(round.Id, ContributionKind.Idea, CancellationToken.None), c => c.BuildsOnId == idea.Id);

        sent = _connector.SentActivities.Count;
        await PostAsync(Message("ideas", "bo"));
        var list = (await _connector.WaitForActivitiesAsync(sent + 1))[^1].ToString();
        Assert.Contains("A quiet room to wait in.", list);
        Assert.Contains("And a water fountain there.", list);

        var forgotten = await InvokeAsync("ali", new { elcAction = "forget.confirm" }, personal: true);
        Assert.Contains("I deleted 2 things: 1 story, 0 ideas and 1 support.", forgotten.ToString());
        Assert.DoesNotContain(await contributions.ListAsync(round.Id, null, CancellationToken.None), c => c.Text == "The receptionist knew my name.");
        Assert.Equal(0, await supports.CountAsync(round.Id, idea.Id, CancellationToken.None));
        Assert.Equal(2, (await contributions.ListAsync(round.Id, null, CancellationToken.None)).Count);
    }

    [Fact]
    public async Task Should_keep_both_stories_once_each_in_storage_when_one_form_is_sent_again_with_other_words()
    {
        var contributions = _host.Services.GetRequiredService<IContributionStore>();
        await PostAsync(Message("<at>ElcBot</at> start round", "fran"));
        await InvokeAsync("fran", new { elcAction = "round.start", question = "What would make it easier to get help?", stage = "Discover" });
        var round = (await _host.Services.GetRequiredService<IRoundStore>().FindOpenAsync(Channel, CancellationToken.None))!;

        await InvokeAsync("ali", Form(round.Id, "Story", "The receptionist knew my name.", "sub-reused"));
        var second = await InvokeAsync("ali", Form(round.Id, "Story", "The pharmacy was open late.", "sub-reused"));
        await InvokeAsync("ali", Form(round.Id, "Story", "The pharmacy was open late.", "sub-reused"));

        Assert.Contains("Your story is saved", second.ToString());
        var stored = await contributions.ListAsync(round.Id, null, CancellationToken.None);
        Assert.Equal(["The pharmacy was open late.", "The receptionist knew my name."], stored.Select(c => c.Text).Order(StringComparer.Ordinal));
    }

    private async Task PostAsync(JObject activity)
    {
        var response = await _host.PostActivityAsync(activity);
        Assert.True(response.IsSuccessStatusCode, ((int)response.StatusCode).ToString());
    }

    private async Task<JObject> InvokeAsync(string person, object data, bool personal = false)
    {
        var activity = personal ? Personal(person) : InChannel(person);
        activity["type"] = "invoke";
        activity["name"] = "adaptiveCard/action";
        activity["value"] = JObject.FromObject(new { action = new { type = "Action.Execute", data } });
        var response = await _host.PostActivityAsync(activity);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JObject.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(200, body["statusCode"]!.Value<int>());
        return body;
    }

    private JObject Message(string text, string person) => _teams.ChannelMessage(person, text);

    private JObject InChannel(string person) => _teams.InChannel(person);

    // A guest: their personal chat is in their home tenant, not the round's.
    private JObject Personal(string person) => _teams.Personal(person, "guest-home-tenant");

    private static JObject Form(string roundId, string kind, string text, string? submissionId = null) => JObject.FromObject(new
    {
        elcAction = "contribution.share",
        roundId,
        kind,
        submissionId = submissionId ?? Guid.NewGuid().ToString("N"),
        text,
        role = kind == "Story" ? "UsesServices" : "HealthOrCareStaff",
        credit = "anonymous",
        consent = "MayQuote",
        agree = "true",
    });
}
