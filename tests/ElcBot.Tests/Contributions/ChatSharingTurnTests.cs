using ElcBot.Bot.Cards;
using ElcBot.Bot.Contributions;
using ElcBot.Tests.Bot;
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
    public async Task Should_point_to_share_when_someone_tells_the_bot_a_story_in_a_direct_chat()
    {
        var replies = await _bot.SendAsync(PersonalMessage(Story));

        Assert.Equal(ChatSharing.TypeShare, Assert.Single(replies).Text);
    }

    [Theory]
    [InlineData(Story, false)]
    [InlineData("what time is it", true)]
    [InlineData("how do I share an idea about the clinic in my town?", true)]
    public async Task Should_say_it_did_not_understand_when_there_is_no_open_round_or_the_words_are_few_or_a_question(string text, bool roundOpen)
    {
        if (roundOpen)
        {
            await _bot.Rounds.TryOpenAsync(OpenRound(), CancellationToken.None);
        }

        var replies = await _bot.SendAsync(Message($"<at>ElcBot</at> {text}"));

        Assert.Equal(NotUnderstoodReply.Text, Assert.Single(replies).Text);
    }
}
