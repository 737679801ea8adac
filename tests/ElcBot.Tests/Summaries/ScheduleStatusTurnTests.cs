using ElcBot.Bot.Cards;
using ElcBot.Bot.Facilitation;
using ElcBot.Bot.Summaries;
using ElcBot.Core.Summaries.Scheduling;
using ElcBot.Tests.Bot;
using static ElcBot.Tests.Contributions.TeamsTurns;

namespace ElcBot.Tests.Summaries;

/// <summary>A facilitator finding out, through the real bot, whether the weekly summary is on, and why it paused.</summary>
public sealed class ScheduleStatusTurnTests : IAsyncLifetime
{
    private const string RoundId = "round-1";
    private readonly BotTestHarness _bot = new();

    public async Task InitializeAsync() => await _bot.Rounds.TryOpenAsync(OpenRound(RoundId), CancellationToken.None);

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task Should_say_why_the_weekly_summary_paused_and_what_to_do_when_a_facilitator_types_schedule()
    {
        await PauseAsync(SchedulePause.ConversationUnknown);

        var reply = Assert.Single(await _bot.SendAsync(Message("schedule", Facilitator)));

        Assert.Equal(ScheduleWords.PausedUnreachable, reply.Text);
    }

    [Fact]
    public async Task Should_say_when_the_next_summary_is_posted_when_a_facilitator_types_schedule_and_it_is_on()
    {
        await _bot.SendAsync(Message("schedule summary friday 4pm", Facilitator));

        var reply = Assert.Single(await _bot.SendAsync(Message("schedule", Facilitator)));

        Assert.Equal("I'll post a summary here every Friday at 16:00 (UK time). The next one is on Friday 6 March. Type **schedule off** to stop.", reply.Text);
    }

    [Fact]
    public async Task Should_say_how_to_start_one_when_a_facilitator_types_schedule_and_there_is_none()
    {
        var reply = Assert.Single(await _bot.SendAsync(Message("schedule", Facilitator)));

        Assert.Equal(ScheduleWords.None, reply.Text);
        Assert.Empty(_bot.Schedules.Saved);
    }

    [Fact]
    public async Task Should_show_where_it_stands_and_the_words_that_change_it_when_a_day_follows_schedule_alone()
    {
        await _bot.SendAsync(Message("schedule summary", Facilitator));
        var before = _bot.Schedules.Saved[RoundId];

        var reply = Assert.Single(await _bot.SendAsync(Message("schedule friday", Facilitator)));

        Assert.StartsWith("I'll post a summary here every Monday at 09:00", reply.Text, StringComparison.Ordinal);
        Assert.EndsWith($"To change the day or time, type for example: **{ScheduleText.Example}**.", reply.Text, StringComparison.Ordinal);
        Assert.Equal(before, _bot.Schedules.Saved[RoundId]);
    }

    [Fact]
    public async Task Should_put_the_pause_and_what_to_do_at_the_top_of_help_when_a_facilitator_asks_in_the_rounds_channel()
    {
        await PauseAsync(SchedulePause.BotRemoved);

        var card = BotTestHarness.CardOf(Assert.Single(await _bot.SendAsync(Message("help", Facilitator))));

        Assert.Equal(HelpCard.Title, card["body"]![0]!["text"]!.ToString());
        Assert.Equal(ScheduleWords.PausedRemoved, card["body"]![1]!["text"]!.ToString());
    }

    [Fact]
    public async Task Should_leave_the_pause_out_of_help_when_someone_who_is_not_a_facilitator_asks()
    {
        await PauseAsync(SchedulePause.ConversationUnknown);

        var card = BotTestHarness.CardOf(Assert.Single(await _bot.SendAsync(Message("help", Person("ali")))));

        Assert.DoesNotContain("paused", card.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_leave_help_as_it_is_when_the_weekly_summary_is_on()
    {
        await _bot.SendAsync(Message("schedule summary", Facilitator));

        var card = BotTestHarness.CardOf(Assert.Single(await _bot.SendAsync(Message("help", Facilitator))));

        Assert.DoesNotContain("paused", card.ToString(), StringComparison.Ordinal);
        Assert.Equal("Type one of these words to me. In a channel, start with @ElcBot.", card["body"]![1]!["text"]!.ToString());
    }

    [Fact]
    public async Task Should_show_every_open_rounds_weekly_summary_with_the_paused_ones_first_when_a_facilitator_types_schedule_in_personal_chat()
    {
        await _bot.Rounds.TryOpenAsync(OpenRound("round-2") with { ConversationId = "19:other@thread.tacv2", Question = "What matters to carers?" }, CancellationToken.None);
        await _bot.Rounds.TryOpenAsync(OpenRound("round-3") with { ConversationId = "19:third@thread.tacv2", Question = "Who else should we hear?", CreatedAt = OpenRound().CreatedAt.AddDays(-1) }, CancellationToken.None);
        await _bot.SendAsync(Message("schedule summary friday 4pm", Facilitator));
        await _bot.Schedules.SaveAsync(Paused("round-2", SchedulePause.BotRemoved), CancellationToken.None);

        var card = BotTestHarness.CardOf(Assert.Single(await _bot.SendAsync(InOurTenant(PersonalMessage("schedule", Facilitator)))));

        var rounds = card["body"]!.Skip(2).Select(c => (c!["items"]![0]!["inlines"]![0]!["text"]!.ToString(), c["items"]![1]!["text"]!.ToString())).ToArray();
        Assert.Equal(ScheduleOverviewCard.Title, card["body"]![0]!["text"]!.ToString());
        Assert.Equal(
            [
                ("What matters to carers?", ScheduleWords.Elsewhere(_bot.Schedules.Saved["round-2"])),
                ("What would make it easier to get help?", "Every Friday at 16:00 (UK time). The next one is on Friday 6 March."),
                ("Who else should we hear?", ScheduleWords.Elsewhere(null)),
            ],
            rounds);
        Assert.StartsWith("Paused: I'm no longer in the round's team or chat.", rounds[0].Item2, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_refuse_the_overview_to_someone_who_is_not_a_facilitator_in_personal_chat()
    {
        await PauseAsync(SchedulePause.ConversationUnknown);

        var reply = Assert.Single(await _bot.SendAsync(InOurTenant(PersonalMessage("schedule", Person("ali")))));

        Assert.Equal(FacilitatorReplies.NotAllowed, reply.Text);
    }

    [Fact]
    public async Task Should_say_how_many_weekly_summaries_paused_at_the_top_of_a_facilitators_help_in_personal_chat()
    {
        await _bot.Rounds.TryOpenAsync(OpenRound("round-2") with { ConversationId = "19:other@thread.tacv2" }, CancellationToken.None);
        await PauseAsync(SchedulePause.ConversationUnknown);
        await _bot.Schedules.SaveAsync(Paused("round-2", SchedulePause.None), CancellationToken.None);

        var card = BotTestHarness.CardOf(Assert.Single(await _bot.SendAsync(InOurTenant(PersonalMessage("help", Facilitator)))));
        var someoneElse = BotTestHarness.CardOf(Assert.Single(await _bot.SendAsync(InOurTenant(PersonalMessage("help", Person("ali"))))));

        Assert.Equal(ScheduleWords.PausedCount(2), card["body"]![1]!["text"]!.ToString());
        Assert.Contains("2 rounds have paused", ScheduleWords.PausedCount(2), StringComparison.Ordinal);
        Assert.DoesNotContain("paused", someoneElse.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_leave_help_in_personal_chat_as_it_is_when_no_weekly_summary_paused()
    {
        await _bot.SendAsync(Message("schedule summary", Facilitator));

        var card = BotTestHarness.CardOf(Assert.Single(await _bot.SendAsync(InOurTenant(PersonalMessage("help", Facilitator)))));

        Assert.DoesNotContain("paused", card.ToString(), StringComparison.Ordinal);
    }

    /// <summary>A personal chat in the rounds' own organisation (the shared builder's is a guest's home one).</summary>
    private static Microsoft.Bot.Schema.Activity InOurTenant(Microsoft.Bot.Schema.Activity activity)
    {
        activity.Conversation.TenantId = Tenant;
        return activity;
    }

    private static SummarySchedule Paused(string roundId, SchedulePause cause) =>
        new(roundId, DayOfWeek.Monday, new TimeOnly(9, 0), SummarySchedule.DefaultTimeZoneId, DateTimeOffset.UnixEpoch, Paused: true, PausedBecause: cause);

    private Task PauseAsync(SchedulePause cause) => _bot.Schedules.SaveAsync(Paused(RoundId, cause), CancellationToken.None);
}
