using System.Net;
using ElcBot.Bot.Updates;
using ElcBot.Core.Contributions;
using ElcBot.Core.Privacy;
using ElcBot.Core.Rounds;
using ElcBot.Core.Summaries;
using ElcBot.Core.Summaries.Scheduling;
using ElcBot.Core.Updates;
using ElcBot.IntegrationTests.Peers;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;

namespace ElcBot.IntegrationTests.Updates;

/// <summary>
/// "You said, we did" over HTTP against the real host and Azurite: a facilitator's update reaches, as personal messages through
/// the recording connector, only the people who asked to hear, once each; people Teams refuses are skipped.
/// </summary>
public sealed class UpdateEndToEndTests : IAsyncLifetime
{
    private const string Channel = "19:general@thread.tacv2";
    private const string Team = "19:team@thread.tacv2";
    private const string Tenant = "tenant-1";
    private const string NewsTitle = "News about something you care about";
    private const int AnswerWithinSeconds = 10;
    private BotHost _host = null!;
    private RecordingConnector _connector = null!;
    private TeamsActivities _teams = null!;
    private Round _round = null!;
    private readonly Dictionary<string, Contribution> _ideas = [];

    public async Task InitializeAsync()
    {
        _connector = await RecordingConnector.StartAsync();
        _teams = new TeamsActivities(_connector.ServiceUrl, Tenant, Team, Channel);
        // Long enough that a busy machine still answers the ordinary presses with how many were told.
        _host = await BotHost.StartAsync("Bot:Facilitators:0=aad-fran", $"Updates:AnswerWithinSeconds={AnswerWithinSeconds}");
        await PostAsync(Added());
        await InvokeAsync("fran", new { elcAction = "round.start", question = "What would make it easier to get help?", stage = "Discover" });
        _round = (await Get<IRoundStore>().FindOpenAsync(Channel, CancellationToken.None))!;

        // ali and gus tick "tell me what happens"; bo does not.
        await ShareAsync("ali", "Evening appointments for working carers.", tellMe: true);
        await ShareAsync("bo", "A text the day before an appointment.", tellMe: false);
        await ShareAsync("gus", "A quiet room to wait in.", tellMe: true);
        // cy supports ali's idea and asks to hear; dee supports it and does not.
        await InvokeAsync("cy", new { elcAction = "support.toggle", roundId = _round.Id, ideaId = _ideas["ali"].Id });
        await InvokeAsync("cy", new { elcAction = "idea.follow", roundId = _round.Id, ideaId = _ideas["ali"].Id });
        await InvokeAsync("dee", new { elcAction = "support.toggle", roundId = _round.Id, ideaId = _ideas["ali"].Id });
        // hal and ivy asked from their personal chats (ivy has since removed the bot); gus removed it too.
        await SeedPersonalChatAsync("hal", "Someone to call after a hospital stay.");
        await SeedPersonalChatAsync("ivy", "Letters in large print.");
        _connector.RefusesChatWith["29:gus"] = true;
        _connector.RemovedFrom["a:ivy"] = true;

        var theme = new ThemeDigest("t1", "appointments, evening, help", [.. _ideas.Values.Select(i => i.Id)], 0.5, 0.5, [], null);
        await Get<ISummaryStore>().SaveAsync(new RoundSummary("summary-1", _round.Id, _round.Question, "Discover", _round.CreatedAt, DateTimeOffset.UtcNow.AddMinutes(-1),
            new SummaryCounts(0, _ideas.Count, 2, 0, new Dictionary<VoiceGroup, int>()), [theme], 0, [], [], new WhatIsNew(null, _ideas.Count, [])), "{}", CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _connector.DisposeAsync();
    }

    [Fact]
    public async Task Should_message_only_the_people_who_asked_once_each_and_skip_those_who_removed_the_bot()
    {
        var before = _connector.Calls.Count;
        var logs = LogCapture.AttachTo(_host, Microsoft.Extensions.Logging.LogLevel.Warning);

        var sent = await InvokeAsync("fran", Update("form-1", "Testing", "We will try Thursday evenings at two clinics from May."));

        Assert.Contains("I told 3 of the 5 people who asked to hear about this.", sent.ToString());
        var calls = _connector.Calls.Skip(before).ToArray();
        var opened = calls.Where(c => c.Method == "POST" && c.Path.TrimEnd('/') == "/v3/conversations").Select(c => (string)c.Body!["members"]![0]!["id"]!).Order().ToArray();
        Assert.Equal(["29:ali", "29:cy", "29:gus"], opened);
        // ali and cy in the chats Teams opened, hal and ivy in theirs: ivy's is refused (403), gus's was never opened.
        var news = calls.Where(c => c.Body?.ToString().Contains(NewsTitle, StringComparison.Ordinal) == true && c.Path.Contains("/activities", StringComparison.Ordinal)).ToArray();
        Assert.Equal(4, news.Length);
        Assert.Single(news, c => c.Path.Contains("a:hal", StringComparison.Ordinal));
        Assert.Single(news, c => c.Path.Contains("a:ivy", StringComparison.Ordinal));
        Assert.All(news, c => Assert.Contains("We will try Thursday evenings at two clinics from May.", c.Body!.ToString()));
        Assert.DoesNotContain(calls, c => c.Raw.Contains("29:bo", StringComparison.Ordinal) || c.Raw.Contains("29:dee", StringComparison.Ordinal));
        Assert.Equal(2, logs.Entries.Count(e => e.Message.Contains("one person skipped", StringComparison.Ordinal)));
        Assert.DoesNotContain(logs.Entries, e => e.Level >= Microsoft.Extensions.Logging.LogLevel.Error || e.Message.Contains("Thursday", StringComparison.Ordinal));

        var again = _connector.Calls.Count;
        var repeated = await InvokeAsync("fran", Update("form-1", "Testing", "We will try Thursday evenings at two clinics from May."));
        Assert.Contains("I told 3 of the 5 people", repeated.ToString());
        Assert.DoesNotContain(_connector.Calls.Skip(again), c => c.Body?.ToString().Contains(NewsTitle, StringComparison.Ordinal) == true);
        var stored = Assert.Single(await Get<IUpdateStore>().ListForRoundAsync(_round.Id, CancellationToken.None));
        Assert.Equal((UpdateSubject.Theme, "appointments, evening, help", UpdateStatus.Testing), (stored.Subject, stored.ThemeLabel, stored.Status));
    }

    [Fact]
    public async Task Should_answer_the_press_at_once_when_teams_is_slow_and_post_how_it_went_in_the_channel_later()
    {
        _connector.ChatOpeningDelay = TimeSpan.FromSeconds(AnswerWithinSeconds + 3);

        var answered = await InvokeAsync("fran", Update("form-3", "Testing", "Saturday clinics from June."));

        Assert.Contains(Bot.Cards.UpdateSentCard.SendingNow, answered.ToString());
        Assert.Contains("Theme: appointments, evening, help", answered.ToString());
        var posted = await WaitForChannelPostAsync("I told 3 of the 5 people who asked to hear about this.", TimeSpan.FromSeconds(60));
        Assert.Contains("Saturday clinics from June.", posted);
        Assert.Empty(await Get<IPendingDeliveries>().ListAsync(CancellationToken.None));
        Assert.Equal(4, _connector.Calls.Count(c => c.Body?.ToString().Contains(NewsTitle, StringComparison.Ordinal) == true && c.Path.Contains("/activities", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Should_try_again_when_teams_says_it_is_busy()
    {
        // Teams answers 429 twice in hal's chat before it takes the message.
        _connector.BusyIn["a:hal"] = 2;

        var sent = await InvokeAsync("fran", Update("form-4", "Testing", "Evening clinics start in May."));

        Assert.Contains("I told 3 of the 5 people who asked to hear about this.", sent.ToString());
        var toHal = _connector.Calls.Where(c => c.Method == "POST" && c.Path.Contains("a:hal/activities", StringComparison.Ordinal)).ToArray();
        Assert.Equal(3, toHal.Length);
        Assert.All(toHal, c => Assert.Contains("Evening clinics start in May.", c.Raw));
    }

    [Fact]
    public async Task Should_keep_someone_teams_stays_busy_for_to_try_again_later_and_say_so()
    {
        // Busy on every quick try: the press is answered, and hal is kept for a later run instead of being lost.
        _connector.BusyIn["a:hal"] = 4;

        var sent = await InvokeAsync("fran", Update("form-5", "Testing", "Evening clinics start in May."));

        Assert.Contains("I've told 2 of the 5 people who asked to hear about this so far. Teams didn't answer for 1 person, so I'll try again later", sent.ToString());
        var pending = Assert.Single(await Get<IPendingDeliveries>().ListAsync(CancellationToken.None));
        var update = Assert.Single(await Get<IUpdateStore>().ListForRoundAsync(_round.Id, CancellationToken.None));
        Assert.Equal(update.UpdateId, pending.UpdateId);
        var hal = Get<ContributorKeys>().For("aad-hal");
        Assert.Equal(ClaimOutcome.WaitingToRetry, (await Get<IUpdateReceipts>().TryClaimAsync(update, hal, CancellationToken.None)).Outcome);
    }

    [Fact]
    public async Task Should_show_the_news_in_my_contributions_and_in_the_next_summary()
    {
        await InvokeAsync("fran", Update("form-1", "CannotDo", "The clinics close at six and we have no staff for later."));

        var sent = _connector.SentActivities.Count;
        await PostAsync(Personal("ali", "my contributions"));
        var mine = (await _connector.WaitForActivitiesAsync(sent + 1))[^1].ToString();
        Assert.Contains("We cannot do this, because: The clinics close at six and we have no staff for later.", mine);

        var outcome = await Get<ISummaryPublisher>().PublishAsync(_round.Id, CancellationToken.None);

        Assert.Equal(PublishOutcome.Posted, outcome);
        var summary = _connector.SentActivities.Last(a => (string?)a["conversation"]?["id"] == Channel).ToString();
        Assert.Contains("You said, we did", summary);
        Assert.Contains("Theme: appointments, evening, help", summary);
        Assert.Contains("The clinics close at six", summary);
    }

    [Fact]
    public async Task Should_no_longer_message_someone_who_typed_stop_updates()
    {
        await PostAsync(Message("cy", "<at>ElcBot</at> stop updates"));

        var before = _connector.Calls.Count;
        var sent = await InvokeAsync("fran", Update("form-2", "LookingInto", string.Empty));

        Assert.Contains("I told 2 of the 4 people who asked to hear about this.", sent.ToString());
        Assert.DoesNotContain(_connector.Calls.Skip(before), c => c.Raw.Contains("29:cy", StringComparison.Ordinal));
    }

    private T Get<T>() where T : notnull => _host.Services.GetRequiredService<T>();

    private async Task<string> WaitForChannelPostAsync(string containing, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_connector.SentActivities.FirstOrDefault(a => (string?)a["conversation"]?["id"] == Channel && a.ToString().Contains(containing, StringComparison.Ordinal)) is { } found)
            {
                return found.ToString();
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"Nothing containing \"{containing}\" was posted in the channel.");
    }

    private object Update(string submissionId, string status, string text) =>
        new { elcAction = "update.send", roundId = _round.Id, summaryId = "summary-1", submissionId, subject = "theme:t1", status, text };

    private async Task ShareAsync(string person, string text, bool tellMe)
    {
        await InvokeAsync(person, new
        {
            elcAction = "contribution.share", roundId = _round.Id, kind = "Idea", submissionId = $"share-{person}", text, role = "Carer", credit = "anonymous",
            consent = "MayQuote", agree = "true", tellMe = tellMe ? "true" : "false",
        });
        _ideas[person] = (await Get<IContributionStore>().ListAsync(_round.Id, ContributionKind.Idea, CancellationToken.None)).Single(i => i.Text == text);
    }

    /// <summary>Someone whose permission came from their personal chat: the address names that chat.</summary>
    private async Task SeedPersonalChatAsync(string person, string text)
    {
        var key = Get<ContributorKeys>().For($"aad-{person}");
        var idea = new Contribution(_round.Id, $"idea-{person}", ContributionKind.Idea, text, ContributorRole.UsesServices, ConsentLevel.ThemesOnly, key, null, null,
            DateTimeOffset.UtcNow, $"s-{person}", MayContact: true);
        await Get<IContributionStore>().AddAsync(idea, CancellationToken.None);
        var address = new PersonalChatAddress("msteams", _connector.ServiceUrl, "28:bot", $"29:{person}", Tenant, $"a:{person}");
        await Get<ContactBook>().RememberAsync(key, address.ToJson(), CancellationToken.None);
        _ideas[person] = idea;
    }

    private async Task PostAsync(JObject activity)
    {
        var response = await _host.PostActivityAsync(activity);
        Assert.True(response.IsSuccessStatusCode, ((int)response.StatusCode).ToString());
    }

    private async Task<JObject> InvokeAsync(string person, object data)
    {
        var activity = InChannel(person);
        activity["type"] = "invoke";
        activity["name"] = "adaptiveCard/action";
        activity["value"] = JObject.FromObject(new { action = new { type = "Action.Execute", data } });
        var response = await _host.PostActivityAsync(activity);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JObject.Parse(await response.Content.ReadAsStringAsync());
    }

    private JObject Added()
    {
        var activity = InChannel("fran");
        activity["type"] = "conversationUpdate";
        activity["membersAdded"] = JArray.FromObject(new[] { new { id = "28:bot", name = "ElcBot" } });
        return activity;
    }

    private JObject Message(string person, string text) => _teams.ChannelMessage(person, text);

    private JObject InChannel(string person) => _teams.InChannel(person);

    private JObject Personal(string person, string text) => _teams.PersonalMessage(person, text);
}
