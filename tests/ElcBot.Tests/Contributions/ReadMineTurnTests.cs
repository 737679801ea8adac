using ElcBot.Bot.CardActions;
using ElcBot.Bot.Cards;
using ElcBot.Core.Contributions;
using ElcBot.Tests.Bot;
using static ElcBot.Tests.Contributions.TeamsTurns;

namespace ElcBot.Tests.Contributions;

public sealed class ReadMineTurnTests : IAsyncLifetime
{
    private static readonly string LongStory = string.Concat(Enumerable.Repeat("The nurse on ward 3 sat with my dad all night. ", 10)) + "The end of my story.";
    private readonly BotTestHarness _bot = new();

    public async Task InitializeAsync() => await _bot.Rounds.TryOpenAsync(OpenRound(), CancellationToken.None);

    public Task DisposeAsync() => _bot.DisposeAsync().AsTask();

    [Fact]
    public async Task Should_show_the_whole_story_with_a_way_back_to_the_page_when_its_author_presses_read_all_of_it()
    {
        await _bot.SendAsync(Invoke(ShareTurnTests.Story(LongStory)));
        var list = BotTestHarness.CardOf(Assert.Single(await _bot.SendAsync(PersonalMessage("my contributions"))));
        Assert.DoesNotContain("The end of my story.", list.ToString());
        var button = list.SelectTokens("$..actions[?(@.title == 'Read all of this story')].data").Single();

        var read = ReplacementCard(await _bot.SendAsync(PersonalInvoke((Newtonsoft.Json.Linq.JObject)button)));

        Assert.Equal(MyContributionCard.Title(ContributionKind.Story), read["body"]![0]!["text"]!.ToString());
        Assert.Contains(LongStory.Trim(), read.ToString());
        var back = read["actions"]!.Single(a => (string?)a["title"] == MyContributionCard.BackTitle);
        Assert.Equal(CardActionNames.MyContributionsPage, (string?)back["data"]![CardActionData.ActionKey]);
        Assert.NotNull(read.SelectToken("$.actions[?(@.title == 'Remove this story')]"));
    }

    [Fact]
    public async Task Should_offer_no_read_all_button_when_the_list_already_shows_every_word()
    {
        await _bot.SendAsync(Invoke(ShareTurnTests.Idea("A short idea")));

        var list = BotTestHarness.CardOf(Assert.Single(await _bot.SendAsync(PersonalMessage("my contributions"))));

        Assert.Empty(list.SelectTokens("$..actions[?(@.title == 'Read all of this idea')]"));
        Assert.Contains("A short idea", list.ToString());
    }

    [Fact]
    public async Task Should_not_show_the_words_when_someone_else_presses_read_all_of_it()
    {
        await _bot.SendAsync(Invoke(ShareTurnTests.Story(LongStory)));
        var story = _bot.Contributions.Saved.Values.Single();

        var read = ReplacementCard(await _bot.SendAsync(PersonalInvoke(Data(CardActionNames.ReadMine, new { roundId = "round-1", contributionId = story.Id }), Person("other"))));

        Assert.DoesNotContain("ward 3", read.ToString());
        Assert.Contains(ReadMineAction.NotThere, read.ToString());
    }

    [Fact]
    public async Task Should_not_show_the_words_in_a_channel_when_read_all_of_it_is_pressed_there()
    {
        await _bot.SendAsync(Invoke(ShareTurnTests.Story(LongStory)));
        var story = _bot.Contributions.Saved.Values.Single();

        var replies = await _bot.SendAsync(Invoke(Data(CardActionNames.ReadMine, new { roundId = "round-1", contributionId = story.Id })));

        Assert.Equal(NoticeCard.PersonalOnly, InvokeResponseOf(replies).Value?.ToString());
        Assert.DoesNotContain(replies, r => r.Attachments?.Any(a => a.Content?.ToString()?.Contains("ward 3") == true) == true);
    }
}
