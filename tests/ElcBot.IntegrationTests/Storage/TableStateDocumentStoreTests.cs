using ElcBot.Core.State;
using ElcBot.IntegrationTests.Peers;

namespace ElcBot.IntegrationTests.Storage;

public sealed class TableStateDocumentStoreTests : IAsyncLifetime
{
    private StorageServices _storage = null!;

    private IStateDocumentStore Store => _storage.Get<IStateDocumentStore>();

    public async Task InitializeAsync() => _storage = await StorageServices.StartAsync();

    public Task DisposeAsync() => _storage.DisposeAsync().AsTask();

    [Fact]
    public async Task Should_refuse_the_second_writer_and_keep_the_first_when_both_hold_the_same_etag()
    {
        var key = "msteams/conversations/19:a#b?c\\d/";
        var etag = await Store.WriteAsync(new StateDocument(key, """{"n":0}""", null), CancellationToken.None);

        var first = await Store.WriteAsync(new StateDocument(key, """{"n":1}""", etag), CancellationToken.None);
        var conflict = await Assert.ThrowsAsync<StateConflictException>(() => Store.WriteAsync(new StateDocument(key, """{"n":2}""", etag), CancellationToken.None));

        var stored = (await Store.ReadAsync([key], CancellationToken.None))[key];
        Assert.Equal("""{"n":1}""", stored.Json);
        Assert.Equal(first, stored.ETag);
        Assert.Equal(key, conflict.Key);
    }

    [Fact]
    public async Task Should_keep_a_document_larger_than_one_table_property_whole()
    {
        var json = "\"" + string.Concat(Enumerable.Repeat("ab🙂", 40_000)) + "\"";

        await Store.WriteAsync(new StateDocument("big", json, "*"), CancellationToken.None);

        Assert.Equal(json, (await Store.ReadAsync(["big"], CancellationToken.None))["big"].Json);
    }

    [Fact]
    public async Task Should_return_nothing_for_a_key_that_was_deleted_or_never_written()
    {
        await Store.WriteAsync(new StateDocument("gone", "{}", null), CancellationToken.None);
        await Store.DeleteAsync(["gone", "never"], CancellationToken.None);

        Assert.Empty(await Store.ReadAsync(["gone", "never"], CancellationToken.None));
    }
}
