using ElcBot.Bot.Commands;
using ElcBot.Bot.CardActions;
using ElcBot.Bot.Cards;
using ElcBot.Core.Rounds;
using ElcBot.Tests.Bot;
using static ElcBot.Tests.Contributions.TeamsTurns;

namespace ElcBot.Tests.Contributions;

public sealed class RoundTurnTests : IAsyncLifetime
{
    private readonly BotTestHarness _bot = new();

    [Fact]
    public async Task Should_say_the_round_has_closed_instead_of_showing_share_buttons_when_share_is_typed_after_its_last_day()
    {
        var lastDay = DateOnly.FromDateTime(_bot.Time.GetUtcNow().UtcDateTime).AddDays(-1);
        await _bot.Rounds.TryOpenAsync(OpenRound() with { EndsOn = lastDay }, CancellationToken.None);

        var replies = await _bot.SendAsync(Message("<at>ElcBot</at> share"));

        Assert.Equal(NoticeCard.RoundClosed, Assert.Single(replies).Text);
    }

    [Fact]
    public async Task Should_send_the_round_start_form_when_a_facilitator_types_start_round()
    {
        var replies = await _bot.SendAsync(Message("<at>ElcBot</at> start round", Facilitator));

        Assert.Equal(RoundStartCard.Title, BotTestHarness.CardOf(Assert.Single(replies))["body"]![0]!["text"]!.ToString());
    }

    [Theory]
    [InlineData("start round")]
    [InlineData("close round")]
    public async Task Should_say_a_polite_no_when_someone_who_is_not_a_facilitator_runs_a_facilitator_command(string command)
    {
        var replies = await _bot.SendAsync(Message(command, Person()));

        Assert.Equal(NoticeCard.NotFacilitator, Assert.Single(replies).Text);
        Assert.Empty(_bot.Rounds.Rounds);
    }

    [Fact]
    public async Task Should_store_the_round_and_replace_the_form_with_the_round_card_when_the_form_is_sent()
    {
        var data = Data(CardActionNames.StartRound, new { question = "  What matters to you about your GP?  ", stage = "Dream", endsOn = "2026-04-01" });

        var replies = await _bot.SendAsync(Invoke(data, Facilitator));

        var card = ReplacementCard(replies);
        Assert.Equal(RoundCard.OpenTitle, card["body"]![0]!["text"]!.ToString());
        var round = Assert.Single(_bot.Rounds.Rounds.Values);
        Assert.Equal(("What matters to you about your GP?", ElcStage.Dream, Team, Tenant, Channel), (round.Question, round.Stage, round.TeamId, round.TenantId, round.ConversationId));
        Assert.Equal(new DateOnly(2026, 4, 1), round.EndsOn);
        Assert.Contains(CardActionNames.OpenStoryForm, card.ToString());
        Assert.Contains(CardActionNames.OpenIdeaForm, card.ToString());
    }

    [Fact]
    public async Task Should_keep_the_channels_address_without_a_welcome_when_a_round_is_started_in_a_thread_of_a_channel_the_bot_was_not_installed_from()
    {
        var press = Invoke(Data(CardActionNames.StartRound, new { question = "What would help?", stage = "Discover" }), Facilitator);
        press.Conversation.Id = Channel + ";messageid=1700000000000";

        var replies = await _bot.SendAsync(press);

        Assert.Empty(Messages(replies));
        Assert.Equal(Channel, Assert.Single(_bot.Rounds.Rounds.Values).ConversationId);
        var kept = _bot.Conversations.Saved[Channel];
        Assert.Equal(Channel, Newtonsoft.Json.Linq.JObject.Parse(kept.ReferenceJson)["conversation"]!["id"]!.ToString());
    }

    [Theory]
    [InlineData("", "Discover", null, "Please write a question.")]
    [InlineData("Why?", "Sometime", null, "Please choose a stage.")]
    [InlineData("Why?", "7", null, "Please choose a stage.")]
    [InlineData("Why?", "Discover", "2020-01-01", "Please choose today or a day after today.")]
    [InlineData("Why?", "Discover", "next week", "Please choose today or a day after today.")]
    public async Task Should_send_the_form_back_with_a_message_by_the_field_when_the_round_form_is_wrong(string question, string stage, string? endsOn, string message)
    {
        var replies = await _bot.SendAsync(Invoke(Data(CardActionNames.StartRound, new { question, stage, endsOn }), Facilitator));

        var card = ReplacementCard(replies);
        Assert.Equal(RoundStartCard.Title, card["body"]![0]!["text"]!.ToString());
        Assert.Contains(message, card.ToString());
        Assert.Empty(_bot.Rounds.Rounds);
    }

    [Fact]
    public async Task Should_refuse_the_round_form_when_sent_by_someone_who_is_not_a_facilitator()
    {
        var replies = await _bot.SendAsync(Invoke(Data(CardActionNames.StartRound, new { question = "Why?", stage = "Discover" }), Person()));

        Assert.Contains(NoticeCard.NotFacilitator, ReplacementCard(replies).ToString());
        Assert.Empty(_bot.Rounds.Rounds);
    }

    [Fact]
    public async Task Should_keep_one_open_round_when_a_second_round_is_started_in_the_same_conversation()
    {
        await _bot.Rounds.TryOpenAsync(OpenRound(), CancellationToken.None);

        var typed = await _bot.SendAsync(Message("start round", Facilitator));
        var sent = await _bot.SendAsync(Invoke(Data(CardActionNames.StartRound, new { question = "Another?", stage = "Discover" }), Facilitator));

        Assert.Contains("already an open round", Messages(typed)[0].Text);
        Assert.Contains("What would make it easier to get help?", ReplacementCard(sent).ToString());
        Assert.Single(_bot.Rounds.Rounds);
    }

    [Fact]
    public async Task Should_close_the_round_and_keep_it_when_a_facilitator_types_close_round()
    {
        await _bot.Rounds.TryOpenAsync(OpenRound(), CancellationToken.None);

        var replies = await _bot.SendAsync(Message("close round", Facilitator));

        Assert.Equal(RoundCard.ClosedTitle, BotTestHarness.CardOf(Assert.Single(replies))["body"]![0]!["text"]!.ToString());
        Assert.False(_bot.Rounds.Rounds["round-1"].IsOpen);
        Assert.Null(await _bot.Rounds.FindOpenAsync(Channel, CancellationToken.None));
    }

    [Fact]
    public async Task Should_stop_the_rounds_weekly_summary_and_say_so_when_the_round_is_closed()
    {
        await _bot.Rounds.TryOpenAsync(OpenRound(), CancellationToken.None);
        await _bot.SendAsync(Message("schedule summary friday 4pm", Facilitator));

        var replies = await _bot.SendAsync(Message("close round", Facilitator));

        Assert.Equal(2, replies.Count);
        Assert.Equal(CloseRoundCommand.ScheduleStopped, replies[1].Text);
        Assert.Empty(_bot.Schedules.Saved);
    }

    [Fact]
    public async Task Should_say_there_is_no_open_round_when_closing_with_none_open()
    {
        var replies = await _bot.SendAsync(Message("close round", Facilitator));

        Assert.Equal(NoticeCard.NoOpenRound, Assert.Single(replies).Text);
    }

    [Fact]
    public async Task Should_list_the_contribution_commands_on_the_help_card_with_facilitator_ones_apart()
    {
        var replies = await _bot.SendAsync(Message("help"));

        var help = BotTestHarness.CardOf(Assert.Single(replies)).ToString();
        foreach (var command in new[] { "start round", "close round", "ideas", "share", "my contributions", "forget me" })
        {
            Assert.Contains($"\"{command}\"", help);
        }

        Assert.True(help.IndexOf("For facilitators", StringComparison.Ordinal) < help.IndexOf("\"start round\"", StringComparison.Ordinal));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _bot.DisposeAsync().AsTask();
}
