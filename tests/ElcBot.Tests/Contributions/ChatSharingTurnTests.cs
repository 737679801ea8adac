using ElcBot.Bot.Cards;
using ElcBot.Bot.Contributions;
using ElcBot.Tests.Bot;
using Newtonsoft.Json.Linq;
using static ElcBot.Tests.Contributions.TeamsTurns;

namespace ElcBot.Tests.Contributions;

public sealed class ChatSharingTurnTests : IAsyncLifetime
{
    private const string Story = "The nurse on ward 3 sat with my dad all night when he was scared";
    private readonly BotTestHarness _bot = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task Should_offer_a_story_form_holding_their_words_and_keep_nothing_when_someone_tells_the_bot_a_story_in_a_round()
    {
        await _bot.Rounds.TryOpenAsync(OpenRound(), CancellationToken.None);

        var replies = await _bot.SendAsync(Message($"<at>ElcBot</at> {Story}.\n\nThank you to her!"));

        Assert.Equal(2, replies.Count);
        Assert.Equal(ChatSharing.FormOffered, replies[0].Text);
        var form = BotTestHarness.CardOf(replies[1]);
        Assert.Equal(ContributionFormCard.StoryTitle, form["body"]![0]!["text"]!.ToString());
        Assert.Equal($"{Story}.\n\nThank you to her!", form.SelectToken($"$..[?(@.id == '{ContributionFormCard.TextInputId}')].value")!.ToString());
        Assert.Empty(_bot.Contributions.Saved);
    }

    [Fact]
    public async Task Should_let_only_the_person_whose_words_they_are_share_the_offered_form()
    {
        await _bot.Rounds.TryOpenAsync(OpenRound(), CancellationToken.None);
        var offered = BotTestHarness.CardOf((await _bot.SendAsync(Message($"<at>ElcBot</at> {Story}.", Person("priya"))))[1]);
        var press = ShareTurnTests.Story($"{Story}.");
        press["forUserId"] = offered.SelectToken("actions[0].data.forUserId")!.ToString();

        var byOther = await _bot.SendAsync(Invoke(press, Person("tom")));
        Assert.Equal(ContributionFormCard.NotYours, InvokeResponseOf(byOther).Value?.ToString());
        Assert.Empty(_bot.Contributions.Saved);

        var byAuthor = await _bot.SendAsync(Invoke(press, Person("priya")));
        Assert.Contains(SharedCard.StoryTitle, ReplacementCard(byAuthor).ToString());
        Assert.Single(_bot.Contributions.Saved);
    }

    [Fact]
    public async Task Should_stop_showing_the_words_to_everyone_in_the_chat_once_the_author_shares_the_offered_form()
    {
        await _bot.Rounds.TryOpenAsync(OpenRound(), CancellationToken.None);
        var offered = BotTestHarness.CardOf((await _bot.SendAsync(Message($"<at>ElcBot</at> {Story}.", Person("priya"))))[1]);
        var press = ShareTurnTests.Story($"{Story}.", consent: "FacilitatorsOnly");
        press["forUserId"] = offered.SelectToken("actions[0].data.forUserId")!.ToString();

        var replies = await _bot.SendAsync(Invoke(press, Person("priya"), replyToId: "offered-form"));

        Assert.Contains(SharedCard.StoryTitle, ReplacementCard(replies).ToString());
        var forEveryone = Assert.Single(_bot.Adapter.Updated);
        Assert.Equal("offered-form", forEveryone.Id);
        Assert.Contains(ContributionFormCard.SharedFromChat, BotTestHarness.CardOf(forEveryone).ToString());
        Assert.DoesNotContain("nurse on ward 3", BotTestHarness.CardOf(forEveryone).ToString());
    }

    [Fact]
    public async Task Should_offer_the_story_form_holding_their_words_when_someone_tells_a_story_in_a_direct_chat_and_one_round_is_open_to_them()
    {
        await _bot.Rounds.TryOpenAsync(OpenRound(), CancellationToken.None);
        var person = Person("priya");

        var replies = await _bot.SendAsIsAsync(PersonalMessage(Story, person), Roster.With((Team, person.Id, "user")));

        Assert.Equal(ChatSharing.OfferedInDirectChat, replies[0].Text);
        var form = BotTestHarness.CardOf(replies[1]);
        Assert.Equal(ContributionFormCard.StoryTitle, form["body"]![0]!["text"]!.ToString());
        Assert.Equal(Story, form.SelectToken($"$..[?(@.id == '{ContributionFormCard.TextInputId}')].value")!.ToString());
        Assert.Equal("round-1", form.SelectToken("actions[0].data.roundId")!.ToString());
        Assert.Empty(_bot.Contributions.Saved);
    }

    [Fact]
    public async Task Should_ask_which_round_and_carry_their_words_to_its_form_when_more_than_one_round_is_open_to_them_in_a_direct_chat()
    {
        await _bot.Rounds.TryOpenAsync(OpenRound(), CancellationToken.None);
        await _bot.Rounds.TryOpenAsync(OpenRound("round-2") with { ConversationId = "19:other@thread.tacv2", Question = "How was your last visit?" }, CancellationToken.None);
        var person = Person("priya");
        var roster = Roster.With((Team, person.Id, "user"));

        var replies = await _bot.SendAsIsAsync(PersonalMessage($"{Story} 07700 900123", person), roster);
        var choice = BotTestHarness.CardOf(replies[1]);
        Assert.Equal(StoryRoundChoiceCard.Title, choice["body"]![0]!["text"]!.ToString());
        var press = (JObject)choice.SelectToken("actions[0].data")!.DeepClone();
        press[StoryRoundChoiceCard.RoundInput] = "round-2";

        var opened = await _bot.SendAsIsAsync(PersonalInvoke(press, person), roster);

        var form = BotTestHarness.CardOf(Assert.Single(Messages(opened)));
        Assert.Equal("round-2", form.SelectToken("actions[0].data.roundId")!.ToString());
        Assert.Equal($"{Story} {ElcBot.Core.Privacy.PersonalDataMasker.PhoneNumberMask}",
            form.SelectToken($"$..[?(@.id == '{ContributionFormCard.TextInputId}')].value")!.ToString());
        Assert.Contains("I hid a phone number", form.ToString());
        Assert.Empty(_bot.Contributions.Saved);
    }

    [Fact]
    public async Task Should_thank_them_and_say_their_words_were_not_kept_when_no_round_is_open_to_them_in_a_direct_chat()
    {
        await _bot.Rounds.TryOpenAsync(OpenRound(), CancellationToken.None);

        var replies = await _bot.SendAsIsAsync(PersonalMessage(Story, Person("outsider")), Roster.With());

        Assert.Equal(ChatSharing.NoRoundInYourTeams, Assert.Single(replies).Text);
    }

    [Fact]
    public async Task Should_offer_a_story_form_when_someone_tells_a_story_in_a_script_written_without_spaces()
    {
        const string chinese = "我爸爸住院的时候，护士整夜陪着他，她非常善良。";
        await _bot.Rounds.TryOpenAsync(OpenRound(), CancellationToken.None);

        var replies = await _bot.SendAsync(Message($"<at>ElcBot</at> {chinese}"));

        Assert.Equal(ChatSharing.FormOffered, replies[0].Text);
        var form = BotTestHarness.CardOf(replies[1]);
        Assert.Equal(chinese, form.SelectToken($"$..[?(@.id == '{ContributionFormCard.TextInputId}')].value")!.ToString());
        Assert.Empty(_bot.Contributions.Saved);
    }

    [Theory]
    [InlineData("what time is it")]
    [InlineData("how do I share an idea about the clinic in my town?")]
    [InlineData("我想知道怎么在这个诊所里分享一个想法呢？")]
    public async Task Should_say_it_did_not_understand_when_the_words_are_few_or_a_question(string text)
    {
        await _bot.Rounds.TryOpenAsync(OpenRound(), CancellationToken.None);

        var replies = await _bot.SendAsync(Message($"<at>ElcBot</at> {text}"));

        Assert.Equal(NotUnderstoodReply.Text, Assert.Single(replies).Text);
    }

    [Fact]
    public async Task Should_thank_them_and_say_their_words_were_not_kept_when_someone_tells_a_story_where_no_round_is_open()
    {
        var replies = await _bot.SendAsync(Message($"<at>ElcBot</at> {Story}"));

        Assert.Equal(ChatSharing.NoRound, Assert.Single(replies).Text);
        Assert.Empty(_bot.Contributions.Saved);
    }

    [Fact]
    public async Task Should_thank_them_and_say_the_round_has_closed_when_someone_tells_a_story_after_its_last_day()
    {
        var ended = OpenRound() with { EndsOn = DateOnly.FromDateTime(_bot.Time.GetUtcNow().UtcDateTime).AddDays(-1) };
        await _bot.Rounds.TryOpenAsync(ended, CancellationToken.None);

        var replies = await _bot.SendAsync(Message($"<at>ElcBot</at> {Story}"));

        Assert.Equal(ChatSharing.RoundEnded, Assert.Single(replies).Text);
        Assert.Empty(_bot.Contributions.Saved);
    }

    /// <remarks>
    /// Teams refuses a message over about 28 KB, so a form holding a very long message failed to send and the person
    /// got only an apology; the masking of so long a text could also run out of time.
    /// </remarks>
    [Fact]
    public async Task Should_say_it_is_too_long_for_a_story_and_post_no_form_when_someone_types_a_very_long_story_in_a_round()
    {
        await _bot.Rounds.TryOpenAsync(OpenRound(), CancellationToken.None);
        var words = string.Concat(Enumerable.Repeat($"{Story}. ", 1_000));

        var replies = await _bot.SendAsync(Message($"<at>ElcBot</at> {words}"));

        var reply = Assert.Single(replies);
        Assert.Equal(ChatSharing.TooLongForAStory(words.Trim().Length), reply.Text);
        Assert.Empty(reply.Attachments ?? []);
        Assert.Empty(_bot.Contributions.Saved);
    }

    [Fact]
    public async Task Should_say_it_is_too_long_for_a_story_and_carry_no_words_on_a_card_when_someone_types_a_very_long_story_in_a_direct_chat()
    {
        await _bot.Rounds.TryOpenAsync(OpenRound(), CancellationToken.None);
        var person = Person("priya");
        var words = string.Concat(Enumerable.Repeat($"{Story}. ", 1_000)).Trim();

        var replies = await _bot.SendAsIsAsync(PersonalMessage(words, person), Roster.With((Team, person.Id, "user")));

        var reply = Assert.Single(replies);
        Assert.Equal(ChatSharing.TooLongForAStory(words.Length), reply.Text);
        Assert.Empty(reply.Attachments ?? []);
    }

    [Fact]
    public async Task Should_say_it_is_too_long_for_a_story_and_open_no_form_when_a_button_carries_more_words_than_the_bot_ever_offers()
    {
        await _bot.Rounds.TryOpenAsync(OpenRound(), CancellationToken.None);
        var person = Person("priya");
        var words = new string('a', 200_000);
        var press = new JObject { [CardActionData.ActionKey] = ElcBot.Bot.CardActions.CardActionNames.OpenStoryForm, ["roundId"] = "round-1", [ElcBot.Bot.CardActions.OpenFormAction.WordsKey] = words };

        var opened = await _bot.SendAsIsAsync(PersonalInvoke(press, person), Roster.With((Team, person.Id, "user")));

        Assert.Empty(Messages(opened));
        Assert.Equal(ChatSharing.TooLongForAStory(words.Length), InvokeResponseOf(opened).Value?.ToString());
    }

    /// <remarks>
    /// Under the limit in characters, but Chinese takes three bytes each: the round choice carries the words on its
    /// button twice (the action and its fallback) beside ten rounds' questions, more than Teams takes in one message.
    /// </remarks>
    [Fact]
    public async Task Should_say_it_is_too_long_for_a_story_and_carry_no_words_on_a_card_when_a_story_in_chinese_would_make_the_round_choice_too_big_for_teams()
    {
        var question = ElcBot.Tests.Cards.FullCards.Chinese(ElcBot.Core.Rounds.RoundService.MaxQuestionLength);
        foreach (var i in Enumerable.Range(1, StoryRoundChoiceCard.MaxShown))
        {
            await _bot.Rounds.TryOpenAsync(OpenRound($"round-{i}") with { ConversationId = $"19:channel-{i}@thread.tacv2", Question = question }, CancellationToken.None);
        }

        var person = Person("priya");
        var words = ElcBot.Tests.Cards.FullCards.Chinese(ChatSharing.MaxOfferedLength - 100);

        var replies = await _bot.SendAsIsAsync(PersonalMessage(words, person), Roster.With((Team, person.Id, "user")));

        var reply = Assert.Single(replies);
        Assert.Equal(ChatSharing.TooLongForAStory(words.Length), reply.Text);
        Assert.Empty(reply.Attachments ?? []);
    }

    [Fact]
    public async Task Should_offer_the_form_so_they_can_shorten_it_when_a_story_in_chinese_a_little_over_the_limit_fits_in_one_message()
    {
        await _bot.Rounds.TryOpenAsync(OpenRound(), CancellationToken.None);
        var words = ElcBot.Tests.Cards.FullCards.Chinese(ChatSharing.MaxOfferedLength - 100);

        var replies = await _bot.SendAsync(Message($"<at>ElcBot</at> {words}"));

        Assert.Equal(ChatSharing.FormOffered, replies[0].Text);
        Assert.Equal(words, BotTestHarness.CardOf(replies[1]).SelectToken($"$..[?(@.id == '{ContributionFormCard.TextInputId}')].value")!.ToString());
    }

    [Fact]
    public async Task Should_offer_the_form_so_they_can_shorten_it_when_a_typed_story_is_a_little_over_the_limit()
    {
        await _bot.Rounds.TryOpenAsync(OpenRound(), CancellationToken.None);
        var words = string.Concat(Enumerable.Repeat($"{Story}. ", 35)).Trim();
        Assert.InRange(words.Length, ElcBot.Core.Contributions.ContributionService.MaxStoryLength + 1, ChatSharing.MaxOfferedLength);

        var replies = await _bot.SendAsync(Message($"<at>ElcBot</at> {words}"));

        Assert.Equal(ChatSharing.FormOffered, replies[0].Text);
        var form = BotTestHarness.CardOf(replies[1]);
        Assert.Equal(words, form.SelectToken($"$..[?(@.id == '{ContributionFormCard.TextInputId}')].value")!.ToString());
        Assert.Contains("This is too long. Please keep it under 2,000 characters.", form.ToString());
    }

    [Fact]
    public async Task Should_say_at_once_the_words_are_too_long_when_a_round_choice_button_opens_a_form_holding_a_story_a_little_over_the_limit()
    {
        await _bot.Rounds.TryOpenAsync(OpenRound(), CancellationToken.None);
        var person = Person("priya");
        var words = string.Concat(Enumerable.Repeat($"{Story}. ", 35)).Trim();
        var press = new JObject { [CardActionData.ActionKey] = ElcBot.Bot.CardActions.CardActionNames.OpenStoryForm, ["roundId"] = "round-1", [ElcBot.Bot.CardActions.OpenFormAction.WordsKey] = words };

        var opened = await _bot.SendAsIsAsync(PersonalInvoke(press, person), Roster.With((Team, person.Id, "user")));

        var form = BotTestHarness.CardOf(Assert.Single(Messages(opened)));
        Assert.Equal(words, form.SelectToken($"$..[?(@.id == '{ContributionFormCard.TextInputId}')].value")!.ToString());
        Assert.Contains("This is too long.", form.ToString());
    }

    [Fact]
    public async Task Should_not_say_the_words_are_too_long_when_an_offered_story_is_within_the_limit()
    {
        await _bot.Rounds.TryOpenAsync(OpenRound(), CancellationToken.None);

        var replies = await _bot.SendAsync(Message($"<at>ElcBot</at> {Story}."));

        Assert.DoesNotContain("too long", BotTestHarness.CardOf(replies[1]).ToString());
    }

    [Fact]
    public async Task Should_hide_a_phone_number_before_posting_the_offered_form_where_everyone_in_the_chat_sees_it()
    {
        await _bot.Rounds.TryOpenAsync(OpenRound(), CancellationToken.None);

        var replies = await _bot.SendAsync(Message($"<at>ElcBot</at> {Story}. Ring me on 07700 900123 if you want to hear more."));

        var form = BotTestHarness.CardOf(replies[1]);
        Assert.DoesNotContain("07700 900123", form.ToString());
        Assert.Equal($"{Story}. Ring me on {ElcBot.Core.Privacy.PersonalDataMasker.PhoneNumberMask} if you want to hear more.",
            form.SelectToken($"$..[?(@.id == '{ContributionFormCard.TextInputId}')].value")!.ToString());
        Assert.Contains("I hid a phone number", form.ToString());
    }
}
