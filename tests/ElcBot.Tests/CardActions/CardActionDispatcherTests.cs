using ElcBot.Bot.CardActions;
using ElcBot.Bot.Cards;
using ElcBot.Bot.Facilitation;
using ElcBot.Core.Contributions;
using ElcBot.Tests.Bot;
using ElcBot.Tests.Contributions;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using static ElcBot.Tests.Contributions.TeamsTurns;

namespace ElcBot.Tests.CardActions;

/// <summary>
/// Who sees the answer to a Universal Action: Teams shows the invoke response card only to the presser, so a result
/// meant for everyone must also update the pressed message.
/// </summary>
public sealed class CardActionDispatcherTests : IAsyncLifetime
{
    private const string PressedCard = "1772442000000";
    private readonly BotTestHarness _bot = new();

    public Task InitializeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Should_update_the_pressed_message_for_everyone_and_answer_the_presser_when_a_round_is_started()
    {
        var replies = await _bot.SendAsync(Invoke(StartRound(), Facilitator, replyToId: PressedCard));

        Assert.Equal(RoundCard.OpenTitle, ReplacementCard(replies)["body"]![0]!["text"]!.ToString());
        var update = Assert.Single(_bot.Adapter.Updated);
        Assert.Equal(PressedCard, update.Id);
        Assert.Equal(RoundCard.OpenTitle, CardOf(update)["body"]![0]!["text"]!.ToString());
    }

    [Fact]
    public async Task Should_show_everyone_the_new_count_without_the_presser_s_thanks_when_someone_supports_an_idea()
    {
        var idea = await OpenRoundWithIdeaAsync("Evening appointments");

        var replies = await _bot.SendAsync(Invoke(Data(CardActionNames.ToggleSupport, new { roundId = "round-1", ideaId = idea.Id, page = 0 }), replyToId: PressedCard));

        var personal = ReplacementCard(replies).ToString();
        Assert.Contains(IdeasPageCard.SupportNotice(supported: true), personal);
        Assert.Contains(IdeasPageCard.FollowTitle, personal);
        var update = Assert.Single(_bot.Adapter.Updated);
        Assert.Equal(PressedCard, update.Id);
        var shared = CardOf(update).ToString();
        Assert.Contains($"{IdeasPageCard.SupportTitle} (1)", shared);
        Assert.Contains(IdeasPageCard.SupportLine(1), shared);
        Assert.DoesNotContain(IdeasPageCard.SupportNotice(supported: true), shared);
        Assert.DoesNotContain(IdeasPageCard.FollowTitle, shared);
    }

    [Fact]
    public async Task Should_not_update_the_pressed_message_when_the_answer_is_only_for_the_presser()
    {
        await OpenRoundWithIdeaAsync("Evening appointments");

        var paged = await _bot.SendAsync(Invoke(Data(CardActionNames.IdeasPage, new { roundId = "round-1", page = 0 }), replyToId: PressedCard));
        Assert.Empty(_bot.Adapter.Updated);
        var refused = await _bot.SendAsync(Invoke(StartRound(), Person(), replyToId: PressedCard));
        Assert.Empty(_bot.Adapter.Updated);

        Assert.Contains("Evening appointments", ReplacementCard(paged).ToString());
        Assert.Contains(NoticeCard.NotFacilitator, ReplacementCard(refused).ToString());
    }

    [Fact]
    public async Task Should_still_answer_the_presser_when_updating_the_message_for_everyone_fails()
    {
        _bot.Adapter.UpdateFailure = new HttpRequestException("Teams refused the edit");

        var replies = await _bot.SendAsync(Invoke(StartRound(), Facilitator, replyToId: PressedCard));

        Assert.Equal(RoundCard.OpenTitle, ReplacementCard(replies)["body"]![0]!["text"]!.ToString());
        Assert.Single(_bot.Rounds.Rounds);
    }

    [Fact]
    public async Task Should_answer_the_presser_alone_when_the_press_names_no_message()
    {
        var replies = await _bot.SendAsync(Invoke(StartRound(), Facilitator, replyToId: null));

        Assert.Equal(RoundCard.OpenTitle, ReplacementCard(replies)["body"]![0]!["text"]!.ToString());
        Assert.Empty(_bot.Adapter.Updated);
    }

    [Fact]
    public async Task Should_keep_the_shared_card_and_answer_in_a_new_message_when_a_submit_press_in_a_channel_is_for_the_presser()
    {
        await OpenRoundWithIdeaAsync("Evening appointments");

        var replies = await _bot.SendAsync(Submit(Data(CardActionNames.IdeasPage, new { roundId = "round-1", page = 0 }), replyToId: PressedCard));

        Assert.Empty(_bot.Adapter.Updated);
        var answer = Assert.Single(Messages(replies));
        Assert.Contains("Evening appointments", BotTestHarness.CardOf(answer).ToString());
    }

    [Fact]
    public async Task Should_give_the_pressed_card_only_what_everyone_may_see_when_a_submit_press_in_a_channel_changes_it()
    {
        var idea = await OpenRoundWithIdeaAsync("Evening appointments");

        var replies = await _bot.SendAsync(Submit(Data(CardActionNames.ToggleSupport, new { roundId = "round-1", ideaId = idea.Id, page = 0 }), replyToId: PressedCard));

        var shared = CardOf(Assert.Single(_bot.Adapter.Updated)).ToString();
        Assert.Contains(IdeasPageCard.SupportLine(1), shared);
        Assert.DoesNotContain(IdeasPageCard.SupportNotice(supported: true), shared);
        Assert.DoesNotContain(IdeasPageCard.FollowTitle, shared);
        Assert.Empty(Messages(replies));
    }

    [Fact]
    public async Task Should_update_the_pressed_card_when_a_submit_press_comes_from_a_personal_chat()
    {
        var press = PersonalMessage(string.Empty);
        press.Value = Data(CardActionNames.AskRemove, new { roundId = "round-1", contributionId = "gone" });
        press.ReplyToId = PressedCard;

        var replies = await _bot.SendAsync(press);

        var update = Assert.Single(_bot.Adapter.Updated);
        Assert.Equal(PressedCard, update.Id);
        Assert.Contains(RemoveContributionCard.Gone, CardOf(update).ToString());
        Assert.Empty(Messages(replies));
    }

    [Fact]
    public async Task Should_answer_in_plain_words_without_markdown_when_a_press_is_answered_with_a_message()
    {
        var replies = await _bot.SendAsync(Invoke(Data(PanelCardActions.Publish, new { roundId = "round-1" }), Person(), replyToId: PressedCard));

        var response = InvokeResponseOf(replies);
        Assert.Equal(CardActionDispatcher.MessageType, response.Type);
        Assert.Contains("**help**", FacilitatorReplies.NotAllowed);
        Assert.Equal(FacilitatorReplies.NotAllowed.Replace("**help**", "help", StringComparison.Ordinal), response.Value);
    }

    private static JObject StartRound() => Data(CardActionNames.StartRound, new { question = "What matters to you about your GP?", stage = "Discover" });

    private static JObject CardOf(Activity update) => (JObject)Assert.Single(update.Attachments).Content;

    private async Task<Contribution> OpenRoundWithIdeaAsync(string text)
    {
        await _bot.Rounds.TryOpenAsync(OpenRound(), CancellationToken.None);
        await _bot.SendAsync(Invoke(ShareTurnTests.Idea(text)));
        return _bot.Contributions.Saved.Values.Single(c => c.Text == text);
    }

    public Task DisposeAsync() => _bot.DisposeAsync().AsTask();
}
