using ElcBot.Bot.Cards;
using ElcBot.Bot.Facilitation;
using ElcBot.Bot.Installation;
using ElcBot.Bot.Summaries;
using ElcBot.Core.Summaries;
using ElcBot.Core.Summaries.Scheduling;
using ElcBot.Tests.Fakes;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Time.Testing;
using Moq;

namespace ElcBot.Tests.Summaries;

public sealed class SummaryCommandsTests
{
    private static readonly SummaryRound Round = new("r1", "19:channel@thread.tacv2", "What would help?", "Dream", DateTimeOffset.UnixEpoch);
    private readonly TestAdapter _adapter = new(Microsoft.Bot.Connector.Channels.Msteams);
    private readonly Mock<IFacilitatorCheck> _facilitators = new();
    private readonly Mock<ISummaryRounds> _rounds = new();
    private readonly Mock<ISummaryPublisher> _publisher = new();
    private readonly FakeScheduleStore _schedules = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 26, 12, 0, 0, TimeSpan.Zero));
    private readonly FakeConversationDirectory _conversations = new();
    private readonly ConversationRegistrar _registrar;

    public SummaryCommandsTests()
    {
        _registrar = new ConversationRegistrar(_conversations, _time);
        _facilitators.Setup(f => f.IsFacilitatorAsync(It.IsAny<ITurnContext>(), It.IsAny<CancellationToken>())).ReturnsAsync(true);
        // As the stored rounds answer: a thread of the channel finds the channel's round.
        _rounds.Setup(r => r.FindForConversationAsync(It.Is<string>(id => ElcBot.Core.Conversations.ConversationIds.Base(id) == Round.ConversationId), It.IsAny<CancellationToken>())).ReturnsAsync(Round);
        _publisher.Setup(p => p.PublishAsync("r1", It.IsAny<CancellationToken>())).ReturnsAsync(PublishOutcome.Posted);
    }

    [Fact]
    public async Task Should_publish_the_conversations_round_when_a_facilitator_asks_for_a_summary()
    {
        var replies = await RunAsync(new SummaryCommand(_facilitators.Object, _rounds.Object, _publisher.Object, _schedules, _registrar, _time), "channel");

        _publisher.Verify(p => p.PublishAsync("r1", It.IsAny<CancellationToken>()), Times.Once);
        Assert.Empty(replies);
    }

    [Fact]
    public async Task Should_keep_the_rounds_channel_so_the_summary_can_be_posted_when_asked_for_in_a_thread_of_it()
    {
        var replies = await RunAsync(new SummaryCommand(_facilitators.Object, _rounds.Object, _publisher.Object, _schedules, _registrar, _time), "channel", thread: true);

        Assert.Empty(replies);
        var kept = _conversations.Saved[Round.ConversationId];
        Assert.Equal(Round.ConversationId, Newtonsoft.Json.Linq.JObject.Parse(kept.ReferenceJson)["conversation"]!["id"]!.ToString());
        _publisher.Verify(p => p.PublishAsync("r1", It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task Should_say_plainly_that_the_channel_cannot_be_reached_when_no_address_is_kept_for_it()
    {
        _publisher.Setup(p => p.PublishAsync("r1", It.IsAny<CancellationToken>())).ReturnsAsync(PublishOutcome.ConversationUnknown);
        var command = new SummaryCommand(_facilitators.Object, _rounds.Object, _publisher.Object, _schedules, _registrar, _time);
        var adapter = new TestAdapter(Microsoft.Bot.Connector.Channels.Msteams);
        using var turn = new TurnContext(adapter, new Activity(ActivityTypes.Message)
        {
            ChannelId = "msteams",
            Conversation = new ConversationAccount(id: "a:personal", conversationType: "personal", tenantId: "tenant-1"),
            From = new ChannelAccount("29:facilitator"),
            Recipient = new ChannelAccount("28:bot"),
        });

        var reply = await command.PublishAsync(turn, "r1", CancellationToken.None);

        Assert.Equal(SummaryCommand.Unreachable, reply);
    }

    [Fact]
    public async Task Should_say_no_politely_and_publish_nothing_when_someone_else_asks()
    {
        _facilitators.Setup(f => f.IsFacilitatorAsync(It.IsAny<ITurnContext>(), It.IsAny<CancellationToken>())).ReturnsAsync(false);

        var replies = await RunAsync(new SummaryCommand(_facilitators.Object, _rounds.Object, _publisher.Object, _schedules, _registrar, _time), "channel");

        Assert.Equal(FacilitatorReplies.NotAllowed, Assert.Single(replies).Text);
        _publisher.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task Should_ask_which_round_when_asked_in_personal_chat()
    {
        _rounds.Setup(r => r.ListOpenAsync(It.IsAny<string>(), It.IsAny<CancellationToken>())).ReturnsAsync([Round]);

        var replies = await RunAsync(new SummaryCommand(_facilitators.Object, _rounds.Object, _publisher.Object, _schedules, _registrar, _time), "personal");

        var card = Assert.Single(replies).Attachments.Single().Content.ToString()!;
        Assert.Contains(RoundChoiceCard.Title, card);
        Assert.Contains("\"roundId\": \"r1\"", card);
        _publisher.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task Should_tell_the_facilitator_why_the_weekly_schedule_paused_and_leave_it_paused_when_the_summary_still_cannot_be_posted()
    {
        _publisher.Setup(p => p.PublishAsync("r1", It.IsAny<CancellationToken>())).ReturnsAsync(PublishOutcome.BotRemoved);
        await _schedules.SaveAsync(PausedSchedule(SchedulePause.BotRemoved), CancellationToken.None);

        var replies = await RunAsync(new SummaryCommand(_facilitators.Object, _rounds.Object, _publisher.Object, _schedules, _registrar, _time), "channel");

        Assert.StartsWith(ScheduleWords.PausedRemoved, replies[0].Text, StringComparison.Ordinal);
        Assert.True(_schedules.Saved["r1"].Paused);
    }

    [Fact]
    public async Task Should_restart_the_paused_weekly_schedule_and_say_so_when_the_summary_is_posted_in_the_rounds_channel()
    {
        await _schedules.SaveAsync(PausedSchedule(SchedulePause.ConversationUnknown), CancellationToken.None);

        var replies = await RunAsync(new SummaryCommand(_facilitators.Object, _rounds.Object, _publisher.Object, _schedules, _registrar, _time), "channel");

        var resumed = _schedules.Saved["r1"];
        Assert.Equal((false, SchedulePause.None), (resumed.Paused, resumed.PausedBecause));
        Assert.Equal(new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.Zero), resumed.NextRunUtc);
        var reply = Assert.Single(replies).Text;
        Assert.Equal(ScheduleWords.Resumed(resumed), reply);
        Assert.Contains("Monday 30 November", reply);
    }

    [Fact]
    public async Task Should_schedule_the_next_monday_at_nine_uk_time_by_default()
    {
        var replies = await RunAsync(new ScheduleSummaryCommand(_facilitators.Object, _rounds.Object, _schedules, _registrar, _time), "channel");

        var saved = _schedules.Saved["r1"];
        Assert.Equal((DayOfWeek.Monday, new TimeOnly(9, 0)), (saved.Day, saved.Time));
        Assert.Equal(new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.Zero), saved.NextRunUtc);
        Assert.Contains("Monday 30 November", Assert.Single(replies).Text);
        Assert.True(_conversations.Saved.ContainsKey(Round.ConversationId));
    }

    [Fact]
    public async Task Should_explain_and_save_nothing_when_the_schedule_cannot_be_read()
    {
        var replies = await RunAsync(new ScheduleSummaryCommand(_facilitators.Object, _rounds.Object, _schedules, _registrar, _time), "channel", "fortnightly");

        Assert.Contains("schedule summary monday 09:00", Assert.Single(replies).Text);
        Assert.Empty(_schedules.Saved);
    }

    [Fact]
    public async Task Should_stop_the_schedule_when_asked()
    {
        await RunAsync(new ScheduleSummaryCommand(_facilitators.Object, _rounds.Object, _schedules, _registrar, _time), "channel", "friday 16:00");

        var replies = await RunAsync(new ScheduleOffCommand(_facilitators.Object, _rounds.Object, _schedules), "channel");

        Assert.Empty(_schedules.Saved);
        Assert.Contains("stopped", Assert.Single(replies).Text);
    }

    [Fact]
    public async Task Should_say_no_and_leave_the_schedule_as_it_was_when_someone_else_schedules_or_stops_summaries()
    {
        await RunAsync(new ScheduleSummaryCommand(_facilitators.Object, _rounds.Object, _schedules, _registrar, _time), "channel", "friday 16:00");
        var before = _schedules.Saved["r1"];
        _facilitators.Setup(f => f.IsFacilitatorAsync(It.IsAny<ITurnContext>(), It.IsAny<CancellationToken>())).ReturnsAsync(false);

        var schedule = await RunAsync(new ScheduleSummaryCommand(_facilitators.Object, _rounds.Object, _schedules, _registrar, _time), "channel", "monday 09:00");
        var stop = await RunAsync(new ScheduleOffCommand(_facilitators.Object, _rounds.Object, _schedules), "channel");

        Assert.Equal(FacilitatorReplies.NotAllowed, Assert.Single(schedule).Text);
        Assert.Equal(FacilitatorReplies.NotAllowed, Assert.Single(stop).Text);
        Assert.Equal(before, _schedules.Saved["r1"]);
    }

    private static SummarySchedule PausedSchedule(SchedulePause cause) =>
        new("r1", DayOfWeek.Monday, new TimeOnly(9, 0), "Europe/London", DateTimeOffset.UnixEpoch, Paused: true, PausedBecause: cause);

    private async Task<IReadOnlyList<Activity>> RunAsync(ElcBot.Bot.Commands.ICommandHandler handler, string conversationType, string arguments = "", bool thread = false)
    {
        var activity = new Activity(ActivityTypes.Message)
        {
            Text = handler.Command.Name,
            ChannelId = "msteams",
            Conversation = new ConversationAccount(id: conversationType == "personal" ? "a:personal" : Round.ConversationId + (thread ? ";messageid=1700000000000" : string.Empty), conversationType: conversationType, tenantId: "tenant-1"),
            From = new ChannelAccount("29:facilitator"),
            Recipient = new ChannelAccount("28:bot"),
        };
        while (_adapter.ActiveQueue.Count > 0)
        {
            _adapter.ActiveQueue.Dequeue();
        }

        using var turn = new TurnContext(_adapter, activity);
        await handler.HandleAsync(turn, arguments, CancellationToken.None);
        return _adapter.ActiveQueue.ToArray();
    }
}
