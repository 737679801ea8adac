using ElcBot.Bot.CardActions;
using ElcBot.Bot.Cards;
using ElcBot.Tests.Bot;
using Newtonsoft.Json.Linq;
using static ElcBot.Tests.Contributions.TeamsTurns;

namespace ElcBot.Tests.Contributions;

public sealed class MySupportTurnTests : IAsyncLifetime
{
    private readonly BotTestHarness _bot = new();

    public async Task InitializeAsync() => await _bot.Rounds.TryOpenAsync(OpenRound(), CancellationToken.None);

    public Task DisposeAsync() => _bot.DisposeAsync().AsTask();

    [Fact]
    public async Task Should_list_the_ideas_someone_said_matter_to_them_when_they_press_the_button_on_my_contributions()
    {
        var supporter = Person("ali");
        await SupportAsync(await ShareIdeaAsync("Evening appointments at the clinic"), supporter);
        await SupportAsync(await ShareIdeaAsync("A quiet room for carers"), supporter);
        await ShareIdeaAsync("Free parking for visitors");

        var mine = BotTestHarness.CardOf(Assert.Single(await _bot.SendAsync(PersonalMessage("my contributions", supporter))));
        Assert.Contains(MySupportCard.CountLine(2), mine.ToString());
        var button = mine["actions"]!.Single(a => (string?)a["title"] == MySupportCard.Title)["data"]!;

        var listed = ReplacementCard(await _bot.SendAsync(PersonalInvoke((JObject)button, supporter))).ToString();

        Assert.Contains(MySupportCard.Title, listed);
        Assert.Contains("Evening appointments at the clinic", listed);
        Assert.Contains("A quiet room for carers", listed);
        Assert.DoesNotContain("Free parking for visitors", listed);
    }

    [Fact]
    public async Task Should_leave_out_support_taken_back_when_listing_what_someone_supports()
    {
        var supporter = Person("ali");
        var idea = await ShareIdeaAsync("Evening appointments at the clinic");
        await SupportAsync(idea, supporter);
        await SupportAsync(idea, supporter);

        var mine = BotTestHarness.CardOf(Assert.Single(await _bot.SendAsync(PersonalMessage("my contributions", supporter))));

        Assert.DoesNotContain("matter to you", mine.ToString());
        Assert.DoesNotContain(mine["actions"] ?? new JArray(), a => (string?)a["title"] == MySupportCard.Title);
    }

    [Fact]
    public async Task Should_show_nothing_someone_supports_in_a_channel_when_the_button_is_pressed_there()
    {
        var supporter = Person("ali");
        await SupportAsync(await ShareIdeaAsync("Evening appointments at the clinic"), supporter);

        var replies = await _bot.SendAsync(Invoke(Data(CardActionNames.MySupport, new { page = 0 }), supporter));

        Assert.Equal(NoticeCard.PersonalOnly, InvokeResponseOf(replies).Value?.ToString());
    }

    [Fact]
    public async Task Should_not_count_support_taken_back_among_what_was_deleted_when_someone_asks_to_be_forgotten()
    {
        var supporter = Person("ali");
        var kept = await ShareIdeaAsync("Evening appointments at the clinic");
        var takenBack = await ShareIdeaAsync("A quiet room for carers");
        await SupportAsync(kept, supporter);
        await SupportAsync(takenBack, supporter);
        await SupportAsync(takenBack, supporter);

        var done = ReplacementCard(await _bot.SendAsync(PersonalInvoke(Data(CardActionNames.ConfirmForget), supporter))).ToString();

        Assert.Contains("1 support.", done);
        Assert.Empty(_bot.Supports.Rows);
    }

    private async Task<string> ShareIdeaAsync(string text)
    {
        await _bot.SendAsync(Invoke(ShareTurnTests.Idea(text)));
        return _bot.Contributions.Saved.Values.Single(c => c.Text == text).Id;
    }

    private async Task SupportAsync(string ideaId, Microsoft.Bot.Schema.ChannelAccount supporter) =>
        await _bot.SendAsync(Invoke(Data(CardActionNames.ToggleSupport, new { roundId = "round-1", ideaId, page = 0 }), supporter, id: Guid.NewGuid().ToString("N")));
}
