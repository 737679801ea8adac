using ElcBot.Core.Contributions;
using ElcBot.Storage.Tables;
using ElcBot.Tests.Fakes;
using Microsoft.Extensions.Time.Testing;

namespace ElcBot.Tests.Storage;

public sealed class SupportCountsCacheTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
    private readonly FakeSupportStore _table = new();

    [Fact]
    public async Task Should_count_this_instances_presses_at_once_and_others_after_two_seconds()
    {
        var cache = new SupportCountsCache(_table, _time);
        await cache.ToggleAsync(Support("ali"), "press-1", CancellationToken.None);
        var first = await cache.CountAsync("round-1", "idea-1", CancellationToken.None);

        await cache.ToggleAsync(Support("bo"), "press-2", CancellationToken.None);
        await _table.ToggleAsync(Support("cy"), "press-3", CancellationToken.None);
        var beforeFreshness = await cache.CountAsync("round-1", "idea-1", CancellationToken.None);
        _time.Advance(SupportCountsCache.Freshness);
        var afterFreshness = await cache.CountAsync("round-1", "idea-1", CancellationToken.None);

        Assert.Equal([1, 2, 3], new[] { first, beforeFreshness, afterFreshness });
    }

    [Fact]
    public async Task Should_count_a_press_taken_back_and_a_repeated_delivery_once_when_the_list_is_kept()
    {
        var cache = new SupportCountsCache(_table, _time);
        await cache.ToggleAsync(Support("ali"), "press-1", CancellationToken.None);
        await cache.ToggleAsync(Support("bo"), "press-2", CancellationToken.None);
        Assert.Equal(2, await cache.CountAsync("round-1", "idea-1", CancellationToken.None));

        await cache.ToggleAsync(Support("ali"), "press-3", CancellationToken.None);
        await cache.ToggleAsync(Support("ali"), "press-3", CancellationToken.None);

        Assert.Equal(1, await cache.CountAsync("round-1", "idea-1", CancellationToken.None));
        Assert.Equal(1, await _table.CountAsync("round-1", "idea-1", CancellationToken.None));
    }

    [Fact]
    public async Task Should_keep_a_press_made_while_a_slow_read_was_on_its_way_when_the_read_arrives()
    {
        var slow = new HeldListStore(_table);
        var cache = new SupportCountsCache(slow, _time);
        await _table.ToggleAsync(Support("ali"), "press-1", CancellationToken.None);

        var counting = cache.CountAsync("round-1", "idea-1", CancellationToken.None);
        await slow.Reading.Task.WaitAsync(TimeSpan.FromSeconds(10));
        _time.Advance(TimeSpan.FromMilliseconds(100));
        await cache.ToggleAsync(Support("bo"), "press-2", CancellationToken.None);
        slow.Release.SetResult();
        await counting.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(2, await cache.CountAsync("round-1", "idea-1", CancellationToken.None));
    }

    [Fact]
    public async Task Should_read_a_busy_round_once_when_many_count_while_its_list_is_being_read()
    {
        var slow = new HeldListStore(_table);
        var cache = new SupportCountsCache(slow, _time);
        await _table.ToggleAsync(Support("ali"), "press-1", CancellationToken.None);

        var counting = Enumerable.Range(0, 20).Select(_ => cache.CountAsync("round-1", "idea-1", CancellationToken.None)).ToArray();
        await slow.Reading.Task.WaitAsync(TimeSpan.FromSeconds(10));
        slow.Release.SetResult();
        var counts = await Task.WhenAll(counting).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.All(counts, count => Assert.Equal(1, count));
        Assert.Equal(1, slow.Reads);
    }

    [Fact]
    public async Task Should_count_nothing_for_an_idea_at_once_when_its_supports_are_erased()
    {
        var cache = new SupportCountsCache(_table, _time);
        await cache.ToggleAsync(Support("ali"), "press-1", CancellationToken.None);
        await cache.ToggleAsync(Support("bo", idea: "idea-2"), "press-2", CancellationToken.None);
        Assert.Equal(1, await cache.CountAsync("round-1", "idea-1", CancellationToken.None));

        await cache.DeleteForIdeaAsync("round-1", "idea-1", CancellationToken.None);
        await cache.DeleteAsync(Support("bo", idea: "idea-2"), CancellationToken.None);

        Assert.Equal(0, await cache.CountAsync("round-1", "idea-1", CancellationToken.None));
        Assert.Equal(0, await cache.CountAsync("round-1", "idea-2", CancellationToken.None));
    }

    private static Support Support(string person, string idea = "idea-1") => new("round-1", idea, "key-" + person, VoiceGroup.Staff);

    /// <summary>Reads the list at once but hands it over only when released, like a slow query.</summary>
    private sealed class HeldListStore(FakeSupportStore inner) : ISupportStore
    {
        public TaskCompletionSource Reading { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public int Reads { get; private set; }

        public async Task<IReadOnlyList<Support>> ListForRoundAsync(string roundId, CancellationToken cancellationToken)
        {
            Reads++;
            var read = await inner.ListForRoundAsync(roundId, cancellationToken);
            Reading.TrySetResult();
            await Release.Task;
            return read;
        }

        public Task<bool> ToggleAsync(Support support, string pressId, CancellationToken cancellationToken) => inner.ToggleAsync(support, pressId, cancellationToken);

        public Task<int> CountAsync(string roundId, string ideaId, CancellationToken cancellationToken) => inner.CountAsync(roundId, ideaId, cancellationToken);

        public Task<IReadOnlyList<Support>> ListBySupporterAsync(string supporterKey, CancellationToken cancellationToken) => inner.ListBySupporterAsync(supporterKey, cancellationToken);

        public Task DeleteAsync(Support support, CancellationToken cancellationToken) => inner.DeleteAsync(support, cancellationToken);

        public Task<bool> SetContactAsync(string roundId, string ideaId, string supporterKey, bool mayContact, CancellationToken cancellationToken) =>
            inner.SetContactAsync(roundId, ideaId, supporterKey, mayContact, cancellationToken);

        public Task<int> DeleteForIdeaAsync(string roundId, string ideaId, CancellationToken cancellationToken) => inner.DeleteForIdeaAsync(roundId, ideaId, cancellationToken);
    }
}
