using ElcBot.Bot.Cards;
using ElcBot.Bot.Contributions;
using ElcBot.Bot.Proactive;
using ElcBot.Core.Contributions;
using ElcBot.Tests.Fakes;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging.Abstractions;
using Moq;
using Newtonsoft.Json;
using static ElcBot.Tests.Contributions.TeamsTurns;

namespace ElcBot.Tests.Contributions;

/// <summary>An erased idea leaves the ideas lists already posted in chats; Teams itself is stood in for by a mock.</summary>
public sealed class IdeaListErasureTests : IAsyncLifetime
{
    private const string Thread = Channel + ";messageid=1700000000000";
    private readonly FakeRoundStore _rounds = new();
    private readonly FakeContributionStore _contributions = new();
    private readonly FakePostedIdeaListStore _posted = new();
    private readonly Mock<IPostedMessageReplacer> _messages = new();
    private readonly List<(ConversationReference Reference, string MessageId, string Card)> _replaced = [];

    public async Task InitializeAsync()
    {
        await _rounds.TryOpenAsync(OpenRound(), CancellationToken.None);
        _messages.Setup(m => m.ReplaceAsync(It.IsAny<ConversationReference>(), It.IsAny<string>(), It.IsAny<IActivity>(), It.IsAny<CancellationToken>()))
            .Callback<ConversationReference, string, IActivity, CancellationToken>((reference, id, activity, _) => _replaced.Add((reference, id, JsonConvert.SerializeObject(activity))))
            .ReturnsAsync(ProactiveOutcome.Posted);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private IdeaListErasure Erasure => new(_posted, _rounds, new IdeaListing(_contributions, new FakeSupportStore()), _messages.Object, NullLogger<IdeaListErasure>.Instance);

    [Fact]
    public async Task Should_replace_a_posted_list_without_the_erased_words_and_with_others_when_an_idea_on_it_is_erased()
    {
        var theirs = await IdeaAsync("mine", "A bench by the pharmacy door.", hoursAgo: 1);
        await IdeaAsync("other", "Evening appointments for carers.", hoursAgo: 2);
        await _posted.SaveAsync(Posted("m-1", "mine", "other"), CancellationToken.None);

        // Erasers run before the delete, so the idea is still in the store here.
        var changed = await Erasure.EraseAsync([theirs], CancellationToken.None);

        Assert.Equal(1, changed);
        var (reference, messageId, card) = Assert.Single(_replaced);
        Assert.Equal(("m-1", Thread), (messageId, reference.Conversation.Id));
        Assert.Contains(IdeasPageCard.Title, card, StringComparison.Ordinal);
        Assert.DoesNotContain("A bench by the pharmacy door.", card, StringComparison.Ordinal);
        Assert.Contains("Evening appointments for carers.", card, StringComparison.Ordinal);
        Assert.Equal(["other"], Assert.Single(_posted.Saved).ShownIdeaIds);
    }

    [Fact]
    public async Task Should_leave_lists_alone_when_they_did_not_show_the_erased_idea()
    {
        var theirs = await IdeaAsync("mine", "A bench by the pharmacy door.", hoursAgo: 1);
        await IdeaAsync("other", "Evening appointments for carers.", hoursAgo: 2);
        await _posted.SaveAsync(Posted("m-1", "other"), CancellationToken.None);
        await _posted.SaveAsync(Posted("m-2", "mine") with { RoundId = "another-round" }, CancellationToken.None);

        var changed = await Erasure.EraseAsync([theirs, theirs with { Id = "story", Kind = ContributionKind.Story }], CancellationToken.None);

        Assert.Equal(0, changed);
        Assert.Empty(_replaced);
    }

    [Fact]
    public async Task Should_show_that_there_are_no_ideas_yet_when_the_erased_idea_was_the_only_one_listed()
    {
        var theirs = await IdeaAsync("mine", "A bench by the pharmacy door.", hoursAgo: 1);
        await _posted.SaveAsync(Posted("m-1", "mine"), CancellationToken.None);

        await Erasure.EraseAsync([theirs], CancellationToken.None);

        var card = Assert.Single(_replaced).Card;
        Assert.DoesNotContain("A bench by the pharmacy door.", card, StringComparison.Ordinal);
        Assert.Contains("No ideas yet", card, StringComparison.Ordinal);
        Assert.Empty(Assert.Single(_posted.Saved).ShownIdeaIds);
    }

    [Fact]
    public async Task Should_go_on_to_the_next_list_when_the_bot_can_no_longer_change_one()
    {
        var theirs = await IdeaAsync("mine", "A bench by the pharmacy door.", hoursAgo: 1);
        await _posted.SaveAsync(Posted("removed-from", "mine"), CancellationToken.None);
        await _posted.SaveAsync(Posted("m-2", "mine"), CancellationToken.None);
        _messages.Setup(m => m.ReplaceAsync(It.IsAny<ConversationReference>(), "removed-from", It.IsAny<IActivity>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(ProactiveOutcome.BotRemoved);

        var changed = await Erasure.EraseAsync([theirs], CancellationToken.None);

        Assert.Equal(1, changed);
        _messages.Verify(m => m.ReplaceAsync(It.IsAny<ConversationReference>(), "m-2", It.IsAny<IActivity>(), It.IsAny<CancellationToken>()), Times.Once);
        Assert.Empty(_posted.Saved.Single(l => l.MessageId == "m-2").ShownIdeaIds);
    }

    [Fact]
    public async Task Should_throw_and_still_know_the_list_when_Teams_cannot_be_reached_so_a_second_go_finds_it()
    {
        var theirs = await IdeaAsync("mine", "A bench by the pharmacy door.", hoursAgo: 1);
        await _posted.SaveAsync(Posted("m-1", "mine"), CancellationToken.None);
        _messages.Setup(m => m.ReplaceAsync(It.IsAny<ConversationReference>(), It.IsAny<string>(), It.IsAny<IActivity>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new HttpRequestException("Teams is down"));

        await Assert.ThrowsAsync<HttpRequestException>(() => Erasure.EraseAsync([theirs], CancellationToken.None));

        Assert.Equal(["mine"], Assert.Single(_posted.Saved).ShownIdeaIds);
    }

    private async Task<Contribution> IdeaAsync(string id, string text, int hoursAgo)
    {
        var idea = new Contribution("round-1", id, ContributionKind.Idea, text, ContributorRole.Carer, ConsentLevel.MayQuote,
            $"key-{id}", null, null, new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero).AddHours(-hoursAgo), $"sub-{id}");
        await _contributions.AddAsync(idea, CancellationToken.None);
        return idea;
    }

    private static PostedIdeaList Posted(string messageId, params string[] shown)
    {
        var reference = new ConversationReference
        {
            ChannelId = "msteams",
            ServiceUrl = ServiceUrl,
            Bot = new ChannelAccount("28:bot"),
            Conversation = new ConversationAccount(isGroup: true, conversationType: "channel", id: Thread, tenantId: Tenant),
        };
        return new PostedIdeaList("round-1", Thread, messageId, JsonConvert.SerializeObject(reference), 0, shown, DateTimeOffset.UnixEpoch);
    }
}
