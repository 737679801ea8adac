using System.Net;
using ElcBot.Bot.Cards;
using ElcBot.Bot.Summaries;
using ElcBot.Core.Conversations;
using ElcBot.Core.Rounds;
using ElcBot.Core.Summaries.Scheduling;
using ElcBot.IntegrationTests.Peers;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;

namespace ElcBot.IntegrationTests.Summaries;

/// <summary>
/// A bot installed in a team hears of the General channel only (the real Teams payload below); a round started in
/// another channel of the team must still get its summary posted there. Over HTTP against the real host and Azurite.
/// </summary>
public sealed class OtherChannelSummaryTests : HostedBotTests
{
    // The channel and team of conversationUpdate_membersAdded_bot_added_to_team.json, where the bot was installed from.
    private const string General = "19:0b7f32667e064dd9b25d7969801541f4@thread.tacv2";
    private const string Team = "19:zFLSDFWsesfzcmKArqKJ-65aOXJz@sgf462H2wz41@thread.tacv2";
    private const string Tenant = "b28fdbfd-2b78-4f93-b0f8-8881793f0f8f";
    private const string BotId = "28:608cacfd-1cea-40c9-b678-4b93e69bb72b";
    private const string Other = "19:3f4a9c1b2d5e4f60a7b8c9d0e1f2a3b4@thread.tacv2";
    private const string Thread = Other + ";messageid=1700000000000";
    private TeamsActivities _teams = null!;

    protected override string[] HostSettings => ["Bot:Facilitators:0=aad-fran"];

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _teams = new TeamsActivities(Connector.ServiceUrl, Tenant, Team, Other, BotId);
        await Host.PostActivityAsync(TeamsFixtures.Load("conversationUpdate_membersAdded_bot_added_to_team.json", Connector.ServiceUrl));
        await Connector.WaitForActivitiesAsync(1);
    }

    [Fact]
    public async Task Should_post_the_summary_as_a_new_post_in_the_channel_the_round_was_started_in_when_the_bot_was_installed_from_general()
    {
        await SendAsync(InThread(_teams.ChannelMessage("fran", "<at>ElcBot</at> start round")));
        await InvokeAsync(InThread(_teams.InChannel("fran")), new { elcAction = "round.start", question = "What would make it easier to get help?", stage = "Discover" });
        var round = await Host.Services.GetRequiredService<IRoundStore>().FindOpenAsync(Other, CancellationToken.None);
        Assert.NotNull(round);

        // Asked for from personal chat, so only the start of the round can have told the bot where to post.
        var sentBefore = Connector.SentActivities.Count;
        var answer = await InvokeAsync(_teams.Personal("fran"), new { elcAction = RoundChoiceCard.Action, roundId = round.Id });

        var post = Assert.Single(SummaryPosts());
        Assert.StartsWith($"/v3/conversations/{Other}/activities", post.Path, StringComparison.Ordinal);
        Assert.DoesNotContain("messageid", post.Path, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(Other, post.Body!["conversation"]!["id"]!.ToString());
        // One answer to the press, and nothing else sent besides the summary itself.
        Assert.Equal(SummaryCommand.Posted, answer["value"]!.ToString());
        Assert.Equal(sentBefore + 1, Connector.SentActivities.Count);
        Assert.NotNull(await Directory.FindAsync(General, CancellationToken.None));
    }

    [Fact]
    public async Task Should_answer_once_that_the_bot_was_removed_when_a_summary_is_asked_for_from_personal_chat()
    {
        await Host.Services.GetRequiredService<IRoundStore>().TryOpenAsync(Round() with { ConversationId = General }, CancellationToken.None);
        Connector.RemovedFrom[General] = true;

        var answer = await InvokeAsync(_teams.Personal("fran"), new { elcAction = RoundChoiceCard.Action, roundId = "old-round" });

        Assert.Equal(SummaryCommand.Removed, answer["value"]!.ToString());
        // Nothing else sent into the personal chat beside the answer to the press.
        Assert.DoesNotContain(Connector.Calls, c => c.Method == "POST" && c.Path.Contains("a:fran", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Should_post_the_summary_in_the_channel_when_summary_is_typed_there_for_a_round_with_no_address_kept()
    {
        // A round started before the bot kept the address of every round's channel.
        await Host.Services.GetRequiredService<IRoundStore>().TryOpenAsync(Round(), CancellationToken.None);

        await SendAsync(InThread(_teams.ChannelMessage("fran", "<at>ElcBot</at> summary")));

        var post = Assert.Single(SummaryPosts());
        Assert.Equal(Other, post.Body!["conversation"]!["id"]!.ToString());
    }

    [Fact]
    public async Task Should_pause_the_weekly_summary_with_a_reason_not_drop_it_when_no_address_is_kept_for_the_rounds_channel()
    {
        await Host.Services.GetRequiredService<IRoundStore>().TryOpenAsync(Round(), CancellationToken.None);
        var schedules = Host.Services.GetRequiredService<ISummaryScheduleStore>();
        var due = DateTimeOffset.UtcNow.AddMinutes(-1);
        await schedules.SaveAsync(new SummarySchedule("old-round", DayOfWeek.Monday, new TimeOnly(9, 0), "Europe/London", due), CancellationToken.None);

        var posted = await Host.Services.GetRequiredService<ScheduledSummaryRunner>().RunDueAsync(DateTimeOffset.UtcNow, CancellationToken.None);

        Assert.Equal(0, posted);
        var kept = await schedules.FindAsync("old-round", CancellationToken.None);
        Assert.NotNull(kept);
        Assert.True(kept.Paused);
        Assert.Equal(SchedulePause.ConversationUnknown, kept.PausedBecause);
        Assert.Empty(SummaryPosts());
    }

    [Fact]
    public async Task Should_say_why_the_weekly_summary_paused_in_help_and_schedule_and_start_it_again_once_summary_posts_in_the_channel()
    {
        await Host.Services.GetRequiredService<IRoundStore>().TryOpenAsync(Round(), CancellationToken.None);
        var schedules = Host.Services.GetRequiredService<ISummaryScheduleStore>();
        await schedules.SaveAsync(new SummarySchedule("old-round", DayOfWeek.Monday, new TimeOnly(9, 0), "Europe/London", DateTimeOffset.UtcNow.AddMinutes(-1)), CancellationToken.None);
        await Host.Services.GetRequiredService<ScheduledSummaryRunner>().RunDueAsync(DateTimeOffset.UtcNow, CancellationToken.None);

        var help = await SayAsync("help");
        var schedule = await SayAsync("schedule");
        Assert.Equal(ScheduleWords.PausedUnreachable, help.SelectToken("attachments[0].content.body[1].text")!.ToString());
        Assert.Equal(ScheduleWords.PausedUnreachable, schedule["text"]!.ToString());

        var sent = Connector.SentActivities.Count;
        await SendAsync(_teams.ChannelMessage("fran", "<at>ElcBot</at> summary"));
        var answers = (await Connector.WaitForActivitiesAsync(sent + 2)).Skip(sent).ToArray();

        Assert.Single(SummaryPosts());
        var resumed = (await schedules.FindAsync("old-round", CancellationToken.None))!;
        Assert.False(resumed.Paused);
        Assert.True(resumed.NextRunUtc > DateTimeOffset.UtcNow);
        Assert.Contains(answers, a => a["text"]?.ToString() == ScheduleWords.Resumed(resumed));
    }

    private async Task<JObject> SayAsync(string command)
    {
        var sent = Connector.SentActivities.Count;
        await SendAsync(_teams.ChannelMessage("fran", $"<at>ElcBot</at> {command}"));
        return (await Connector.WaitForActivitiesAsync(sent + 1))[^1];
    }

    private IConversationDirectory Directory => Host.Services.GetRequiredService<IConversationDirectory>();

    private static Round Round() => new("old-round", Other, Tenant, Team, "What would make it easier to get help?", ElcStage.Discover, null, true, DateTimeOffset.UtcNow.AddDays(-3));

    private RecordedCall[] SummaryPosts() =>
        [.. Connector.Calls.Where(c => c.Method == "POST" && c.Raw.Contains(SummaryCard.Title, StringComparison.Ordinal))];

    /// <summary>A message or press in a thread of the channel, as Teams sends it: the post's id after the channel's.</summary>
    private static JObject InThread(JObject activity)
    {
        activity["conversation"]!["id"] = Thread;
        return activity;
    }

    private async Task SendAsync(JObject activity)
    {
        var response = await Host.PostActivityAsync(activity);
        Assert.True(response.IsSuccessStatusCode, ((int)response.StatusCode).ToString());
    }

    private async Task<JObject> InvokeAsync(JObject activity, object data)
    {
        activity["type"] = "invoke";
        activity["name"] = "adaptiveCard/action";
        activity["value"] = JObject.FromObject(new { action = new { type = "Action.Execute", data } });
        var response = await Host.PostActivityAsync(activity);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JObject.Parse(await response.Content.ReadAsStringAsync());
    }
}
