using ElcBot.Bot.CardActions;
using ElcBot.Bot.Cards;
using ElcBot.Core.Contributions;
using ElcBot.Tests.Bot;
using static ElcBot.Tests.Contributions.TeamsTurns;

namespace ElcBot.Tests.Contributions;

public sealed class RemoveContributionTurnTests : IAsyncLifetime
{
    private readonly BotTestHarness _bot = new();

    public async Task InitializeAsync() => await _bot.Rounds.TryOpenAsync(OpenRound(), CancellationToken.None);

    public Task DisposeAsync() => _bot.DisposeAsync().AsTask();

    [Fact]
    public async Task Should_remove_only_that_idea_and_the_support_it_had_when_its_author_presses_remove_and_says_yes()
    {
        await _bot.SendAsync(Invoke(ShareTurnTests.Story("My own story")));
        await _bot.SendAsync(Invoke(ShareTurnTests.Idea("My own idea")));
        var idea = _bot.Contributions.Saved.Values.Single(c => c.Text == "My own idea");
        await _bot.SendAsync(Invoke(Data(CardActionNames.ToggleSupport, new { roundId = "round-1", ideaId = idea.Id }), Person("other")));

        var list = BotTestHarness.CardOf(Assert.Single(await _bot.SendAsync(PersonalMessage("my contributions"))));
        var button = list.SelectTokens("$..actions[?(@.title == 'Remove this idea')].data").Single(d => (string?)d["contributionId"] == idea.Id);
        var asked = ReplacementCard(await _bot.SendAsync(Invoke(Data(CardActionNames.AskRemove, new { roundId = (string?)button["roundId"], contributionId = idea.Id }))));
        var done = ReplacementCard(await _bot.SendAsync(Invoke(Data(CardActionNames.ConfirmRemove, new { roundId = "round-1", contributionId = idea.Id }))));

        Assert.Equal(RemoveContributionCard.Title(ContributionKind.Idea), asked["body"]![0]!["text"]!.ToString());
        Assert.Contains("My own idea", asked.ToString());
        Assert.Contains(RemoveContributionCard.Done, done.ToString());
        Assert.Equal(["My own story"], _bot.Contributions.Saved.Values.Select(c => c.Text));
        Assert.Empty(_bot.Supports.Rows);
    }

    [Theory]
    [InlineData(CardActionNames.AskRemove)]
    [InlineData(CardActionNames.ConfirmRemove)]
    public async Task Should_say_there_is_nothing_to_remove_when_the_button_names_no_story_or_idea(string action)
    {
        await _bot.SendAsync(Invoke(ShareTurnTests.Idea("My own idea")));

        var reply = ReplacementCard(await _bot.SendAsync(Invoke(Data(action, new { roundId = "round-1" }))));

        Assert.Contains(RemoveContributionCard.Gone, reply.ToString());
        Assert.Single(_bot.Contributions.Saved);
    }

    [Fact]
    public async Task Should_remove_nothing_and_not_show_the_words_when_someone_else_presses_remove_on_an_idea()
    {
        await _bot.SendAsync(Invoke(ShareTurnTests.Idea("My own idea")));
        var idea = _bot.Contributions.Saved.Values.Single();
        var ids = new { roundId = "round-1", contributionId = idea.Id };

        var asked = ReplacementCard(await _bot.SendAsync(Invoke(Data(CardActionNames.AskRemove, ids), Person("other"))));
        var done = ReplacementCard(await _bot.SendAsync(Invoke(Data(CardActionNames.ConfirmRemove, ids), Person("other"))));

        Assert.DoesNotContain("My own idea", asked.ToString());
        Assert.Contains(RemoveContributionCard.Gone, asked.ToString());
        Assert.Contains(RemoveContributionCard.Gone, done.ToString());
        Assert.Single(_bot.Contributions.Saved);
    }
}
