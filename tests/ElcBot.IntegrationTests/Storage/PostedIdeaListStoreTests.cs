using ElcBot.Core.Contributions;
using ElcBot.IntegrationTests.Peers;

namespace ElcBot.IntegrationTests.Storage;

/// <summary>Posted ideas lists in Table Storage: found by round, one row per message, whatever the conversation id holds.</summary>
public sealed class PostedIdeaListStoreTests : IAsyncLifetime
{
    private const string Thread = "19:0b7f32667e064dd9b25d7969801541f4@thread.tacv2;messageid=1700000000000";
    private StorageServices _storage = null!;

    private IPostedIdeaListStore Store => _storage.Get<IPostedIdeaListStore>();

    public async Task InitializeAsync() => _storage = await StorageServices.StartAsync();

    public async Task DisposeAsync() => await _storage.DisposeAsync();

    [Fact]
    public async Task Should_find_every_list_of_the_round_with_what_each_shows_and_none_of_another_round()
    {
        var inThread = List("round/1", Thread, "m-1", ["idea-1", "idea-2"]);
        var inChat = List("round/1", "a:personal#chat?", "m-1", ["idea-3"]) with { Page = 2 };
        await Store.SaveAsync(inThread, CancellationToken.None);
        await Store.SaveAsync(inChat, CancellationToken.None);
        await Store.SaveAsync(List("round-2", Thread, "m-9", ["idea-9"]), CancellationToken.None);

        var found = await Store.ListAsync("round/1", CancellationToken.None);

        Assert.Equal(2, found.Count);
        Assert.Equivalent(inThread, found.Single(l => l.ConversationId == Thread));
        Assert.Equivalent(inChat, found.Single(l => l.ConversationId == inChat.ConversationId));
    }

    [Fact]
    public async Task Should_keep_what_a_list_shows_now_when_the_same_message_is_saved_again()
    {
        var list = List("round-1", Thread, "m-1", ["idea-1", "idea-2"]);
        await Store.SaveAsync(list, CancellationToken.None);

        await Store.SaveAsync(list with { ShownIdeaIds = ["idea-2"] }, CancellationToken.None);

        Assert.Equal(["idea-2"], Assert.Single(await Store.ListAsync("round-1", CancellationToken.None)).ShownIdeaIds);
    }

    [Fact]
    public async Task Should_find_the_lists_in_one_persons_chat_across_rounds_and_delete_them_one_by_one()
    {
        var first = List("round/1", "a:personal#chat?", "m-1", ["idea-1"]) with { ChatOwnerKey = "key-sam" };
        var second = List("round-2", "a:personal#chat?", "m-2", ["idea-2"]) with { ChatOwnerKey = "key-sam" };
        await Store.SaveAsync(first, CancellationToken.None);
        await Store.SaveAsync(second, CancellationToken.None);
        await Store.SaveAsync(List("round/1", "a:tom", "m-3", ["idea-1"]) with { ChatOwnerKey = "key-tom" }, CancellationToken.None);
        await Store.SaveAsync(List("round/1", Thread, "m-4", ["idea-1"]), CancellationToken.None);

        var found = await Store.ListInChatOfAsync("key-sam", CancellationToken.None);
        await Store.DeleteAsync(first, CancellationToken.None);
        await Store.DeleteAsync(first, CancellationToken.None);

        Assert.Equal(["m-1", "m-2"], found.Select(l => l.MessageId).Order());
        Assert.Equivalent(first, found.Single(l => l.MessageId == "m-1"));
        Assert.Equal(["m-2"], (await Store.ListInChatOfAsync("key-sam", CancellationToken.None)).Select(l => l.MessageId));
        Assert.Equal(["m-3", "m-4"], (await Store.ListAsync("round/1", CancellationToken.None)).Select(l => l.MessageId).Order());
    }

    private static PostedIdeaList List(string roundId, string conversationId, string messageId, string[] shown) =>
        new(roundId, conversationId, messageId, $$$"""{"conversation":{"id":"{{{conversationId}}}"}}""", 0, shown, new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.Zero));
}
