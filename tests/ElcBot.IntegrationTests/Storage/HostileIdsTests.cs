using ElcBot.Core.Conversations;
using ElcBot.Core.Rounds;
using ElcBot.IntegrationTests.Peers;

namespace ElcBot.IntegrationTests.Storage;

/// <summary>
/// Teams ids and values from cards used as keys and in filters, against a real Azurite: characters Table Storage
/// forbids in keys, ids longer than a key may be, and a quote that would end a filter's string early.
/// </summary>
public sealed class HostileIdsTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 9, 0, 0, TimeSpan.Zero);
    private StorageServices _storage = null!;

    public async Task InitializeAsync() => _storage = await StorageServices.StartAsync();

    public async Task DisposeAsync() => await _storage.DisposeAsync();

    private IRoundStore Rounds => _storage.Get<IRoundStore>();

    [Theory]
    [InlineData("19:abc@thread.tacv2;messageid=1700000000000")]
    [InlineData("a:1x/y#z?w\\v%2F")]
    [InlineData("19:it's@thread.v2")]
    public async Task Should_keep_and_find_a_round_and_a_conversation_whatever_characters_the_conversation_id_holds(string conversationId)
    {
        var round = Round($"round-{Guid.NewGuid():N}", conversationId, "tenant-1");
        var directory = _storage.Get<IConversationDirectory>();

        Assert.True(await Rounds.TryOpenAsync(round, CancellationToken.None));
        await directory.SaveAsync(new InstalledConversation(conversationId, ConversationKind.Channel, "tenant-1", null, "https://smba.example/", "{}", Now), CancellationToken.None);

        Assert.Equal(round.Id, (await Rounds.FindOpenAsync(conversationId, CancellationToken.None))?.Id);
        Assert.Equal([round.Id], (await Rounds.ListForConversationAsync(conversationId, CancellationToken.None)).Select(r => r.Id));
        Assert.Equal(conversationId, (await directory.FindAsync(conversationId, CancellationToken.None))?.ConversationId);
    }

    [Fact]
    public async Task Should_keep_two_very_long_conversation_ids_apart_when_they_differ_only_at_the_end()
    {
        var stem = "19:" + new string('x', 3_000);
        var first = Round("round-long-1", stem + "1", "tenant-1");
        var second = Round("round-long-2", stem + "2", "tenant-1");

        Assert.True(await Rounds.TryOpenAsync(first, CancellationToken.None));
        Assert.True(await Rounds.TryOpenAsync(second, CancellationToken.None));

        Assert.Equal("round-long-2", (await Rounds.FindOpenAsync(stem + "2", CancellationToken.None))?.Id);
    }

    [Fact]
    public async Task Should_find_no_other_tenants_rounds_when_a_tenant_id_tries_to_end_the_filter_with_a_quote()
    {
        var tenant = $"tenant-{Guid.NewGuid():N}";
        await Rounds.TryOpenAsync(Round($"round-{Guid.NewGuid():N}", $"19:{Guid.NewGuid():N}@thread.tacv2", tenant), CancellationToken.None);

        var found = await Rounds.ListForTenantAsync("nobody' or RowKey eq 'round", CancellationToken.None);
        var foundByConversation = await Rounds.ListForConversationAsync("x' or ConversationId ne '", CancellationToken.None);

        Assert.Empty(found);
        Assert.Empty(foundByConversation);
    }

    private static Round Round(string id, string conversationId, string tenantId) =>
        new(id, conversationId, tenantId, "19:team@thread.tacv2", "What would help?", ElcStage.Discover, null, true, Now);
}
