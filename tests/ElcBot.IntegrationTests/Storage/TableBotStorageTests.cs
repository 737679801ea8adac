using ElcBot.Bot.State;
using ElcBot.Core.State;
using ElcBot.IntegrationTests.Peers;
using Microsoft.Bot.Builder;

namespace ElcBot.IntegrationTests.Storage;

public sealed class TableBotStorageTests : IAsyncLifetime
{
    private StorageServices _storage = null!;
    private IStorage _bot = null!;

    public async Task InitializeAsync()
    {
        _storage = await StorageServices.StartAsync();
        _bot = new TableBotStorage(_storage.Get<IStateDocumentStore>());
    }

    public Task DisposeAsync() => _storage.DisposeAsync().AsTask();

    [Fact]
    public async Task Should_let_one_of_two_writers_win_and_lose_nothing_when_they_hold_the_same_etag()
    {
        await _bot.WriteAsync(new Dictionary<string, object> { ["counter"] = new Counter { Value = 1 } });
        var first = (Counter)(await _bot.ReadAsync(["counter"]))["counter"];
        var second = (Counter)(await _bot.ReadAsync(["counter"]))["counter"];

        first.Value = 2;
        await _bot.WriteAsync(new Dictionary<string, object> { ["counter"] = first });
        second.Value = 3;
        await Assert.ThrowsAsync<StateConflictException>(() => _bot.WriteAsync(new Dictionary<string, object> { ["counter"] = second }));

        // The loser re-reads and applies its change on top: both changes survive.
        var reread = (Counter)(await _bot.ReadAsync(["counter"]))["counter"];
        reread.Value += 1;
        await _bot.WriteAsync(new Dictionary<string, object> { ["counter"] = reread });
        Assert.Equal(3, ((Counter)(await _bot.ReadAsync(["counter"]))["counter"]).Value);
    }

    [Fact]
    public async Task Should_round_trip_conversation_state_through_the_sdk()
    {
        var state = new ConversationState(_bot);
        var adapter = new Microsoft.Bot.Builder.Adapters.TestAdapter();
        var property = state.CreateProperty<Counter>("turns");

        for (var i = 0; i < 3; i++)
        {
            await adapter.ProcessActivityAsync((Microsoft.Bot.Schema.Activity)MessageFactory.Text("hi"), async (turn, ct) =>
            {
                var counter = await property.GetAsync(turn, () => new Counter(), ct);
                counter.Value++;
                await state.SaveChangesAsync(turn, cancellationToken: ct);
            }, CancellationToken.None);
        }

        // A fresh state object (as after a restart) reads what the turns saved.
        var reloaded = new ConversationState(new TableBotStorage(_storage.Get<IStateDocumentStore>()));
        var seen = 0;
        await adapter.ProcessActivityAsync((Microsoft.Bot.Schema.Activity)MessageFactory.Text("hi"), async (turn, ct) =>
            seen = (await reloaded.CreateProperty<Counter>("turns").GetAsync(turn, () => new Counter(), ct)).Value, CancellationToken.None);
        Assert.Equal(3, seen);
    }

    public sealed class Counter : IStoreItem
    {
        public int Value { get; set; }

        public string? ETag { get; set; }
    }
}
