using ElcBot.Bot.Cards;
using ElcBot.Bot.Contributions;
using ElcBot.Bot.Proactive;
using ElcBot.Core.Contributions;
using ElcBot.Core.Privacy;
using ElcBot.Tests.Fakes;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging.Abstractions;
using Moq;

namespace ElcBot.Tests.Contributions;

/// <summary>"Forget me" closes the ideas lists in the person's own chat and forgets where it is; Teams is a mock.</summary>
public sealed class PersonalIdeaListErasureTests
{
    private readonly FakePostedIdeaListStore _posted = new();
    private readonly Mock<IPostedMessageReplacer> _messages = new();
    private readonly List<(string ConversationId, string MessageId, string? Text)> _replaced = [];

    public PersonalIdeaListErasureTests() => AnswerWith(ProactiveOutcome.Posted);

    private PersonalIdeaListErasure Erasure => new(_posted, _messages.Object, NullLogger<PersonalIdeaListErasure>.Instance);

    [Fact]
    public async Task Should_close_every_list_in_their_chat_and_forget_it_leaving_other_chats_lists_kept()
    {
        await _posted.SaveAsync(List("round-1", "a:sam", "m-1", owner: "key-sam"), CancellationToken.None);
        await _posted.SaveAsync(List("round-2", "a:sam", "m-2", owner: "key-sam"), CancellationToken.None);
        await _posted.SaveAsync(List("round-1", "a:tom", "m-3", owner: "key-tom"), CancellationToken.None);
        await _posted.SaveAsync(List("round-1", "19:channel", "m-4", owner: null), CancellationToken.None);

        var erased = await Erasure.EraseAsync(PersonToForget.ByKey("key-sam"), CancellationToken.None);

        Assert.Equal(2, erased);
        Assert.Equal([("a:sam", "m-1"), ("a:sam", "m-2")], _replaced.Select(r => (r.ConversationId, r.MessageId)).Order());
        Assert.All(_replaced, r => Assert.Equal(ForgetMeCard.IdeasListClosed, r.Text));
        Assert.Equal(["m-3", "m-4"], _posted.Saved.Select(l => l.MessageId).Order());
    }

    [Fact]
    public async Task Should_forget_a_list_the_bot_can_no_longer_change()
    {
        AnswerWith(ProactiveOutcome.BotRemoved);
        await _posted.SaveAsync(List("round-1", "a:sam", "m-1", owner: "key-sam"), CancellationToken.None);

        Assert.Equal(1, await Erasure.EraseAsync(PersonToForget.ByKey("key-sam"), CancellationToken.None));

        Assert.Empty(_posted.Saved);
    }

    [Fact]
    public async Task Should_keep_the_list_to_close_on_a_second_go_when_teams_cannot_be_reached()
    {
        _messages.Setup(m => m.ReplaceAsync(It.IsAny<ConversationReference>(), It.IsAny<string>(), It.IsAny<IActivity>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new HttpRequestException("Teams is down"));
        await _posted.SaveAsync(List("round-1", "a:sam", "m-1", owner: "key-sam"), CancellationToken.None);

        await Assert.ThrowsAsync<HttpRequestException>(() => Erasure.EraseAsync(PersonToForget.ByKey("key-sam"), CancellationToken.None));

        Assert.Equal("m-1", Assert.Single(_posted.Saved).MessageId);
    }

    private void AnswerWith(ProactiveOutcome outcome) =>
        _messages.Setup(m => m.ReplaceAsync(It.IsAny<ConversationReference>(), It.IsAny<string>(), It.IsAny<IActivity>(), It.IsAny<CancellationToken>()))
            .Callback<ConversationReference, string, IActivity, CancellationToken>((reference, id, activity, _) => _replaced.Add((reference.Conversation.Id, id, activity.AsMessageActivity()?.Text)))
            .ReturnsAsync(outcome);

    private static PostedIdeaList List(string roundId, string conversationId, string messageId, string? owner) =>
        new(roundId, conversationId, messageId, $$$"""{"conversation":{"id":"{{{conversationId}}}"}}""", 0, ["idea-1"], DateTimeOffset.UnixEpoch, owner);
}
