using ElcBot.Storage.Tables;
using Microsoft.Extensions.Time.Testing;

namespace ElcBot.Tests.Storage;

public sealed class SharedReadTests
{
    private static readonly TimeSpan KeepFor = TimeSpan.FromSeconds(2);
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
    private readonly SlowStorage _storage = new();
    private readonly SharedRead<string, IReadOnlyList<string>, string> _shared;

    public SharedReadTests() =>
        _shared = new(_storage.ReadAsync, (value, changes) => [.. value, .. changes.Where(c => !value.Contains(c))], KeepFor, _time);

    [Fact]
    public async Task Should_read_once_for_everyone_when_many_ask_while_the_read_is_on_its_way()
    {
        _storage.Stored.Add("a");
        _storage.Held = true;

        var asking = Enumerable.Range(0, 20).Select(_ => _shared.GetAsync("round-1", CancellationToken.None)).ToArray();
        await _storage.StartedAsync();
        _storage.Release(0);
        var values = await Task.WhenAll(asking);

        Assert.All(values, value => Assert.Equal(["a"], value));
        Assert.Equal(1, _storage.Reads);
    }

    [Fact]
    public async Task Should_put_a_change_made_here_into_the_late_result_when_it_was_made_while_the_read_was_on_its_way()
    {
        _storage.Stored.Add("a");

        var asking = await AskWhileStorageIsSlowAsync(CancellationToken.None);
        _time.Advance(TimeSpan.FromMilliseconds(100));
        _storage.Stored.Add("b");
        _shared.Record("round-1", "b");
        _storage.Release(0);

        Assert.Equal(["a", "b"], await asking);
        Assert.Equal(["a", "b"], await _shared.GetAsync("round-1", CancellationToken.None));
        Assert.Equal(1, _storage.Reads);
    }

    [Fact]
    public async Task Should_apply_a_change_made_here_to_the_kept_value_at_once_when_the_value_is_kept()
    {
        _storage.Stored.Add("a");
        await _shared.GetAsync("round-1", CancellationToken.None);

        _shared.Record("round-1", "b");

        Assert.Equal(["a", "b"], await _shared.GetAsync("round-1", CancellationToken.None));
        Assert.Equal(1, _storage.Reads);
    }

    [Fact]
    public async Task Should_keep_the_value_for_the_keep_time_and_read_again_when_it_has_passed()
    {
        _storage.Stored.Add("a");
        var first = await _shared.GetAsync("round-1", CancellationToken.None);
        _storage.Stored.Add("b");

        _time.Advance(KeepFor - TimeSpan.FromTicks(1));
        var justBefore = await _shared.GetAsync("round-1", CancellationToken.None);
        _time.Advance(TimeSpan.FromTicks(1));
        var after = await _shared.GetAsync("round-1", CancellationToken.None);

        Assert.Equal(["a"], first);
        Assert.Equal(["a"], justBefore);
        Assert.Equal(["a", "b"], after);
        Assert.Equal(2, _storage.Reads);
    }

    [Fact]
    public async Task Should_not_keep_a_failed_read_and_read_again_when_the_next_caller_asks()
    {
        _storage.Stored.Add("a");
        _storage.FailNext = true;

        await Assert.ThrowsAsync<TimeoutException>(() => _shared.GetAsync("round-1", CancellationToken.None));
        var next = await _shared.GetAsync("round-1", CancellationToken.None);

        Assert.Equal(["a"], next);
        Assert.Equal(2, _storage.Reads);
    }

    [Fact]
    public async Task Should_finish_the_read_for_the_others_when_one_caller_gives_up()
    {
        _storage.Stored.Add("a");
        using var leaving = new CancellationTokenSource();

        var givesUp = await AskWhileStorageIsSlowAsync(leaving.Token);
        var waits = _shared.GetAsync("round-1", CancellationToken.None);
        await leaving.CancelAsync();
        _storage.Release(0);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => givesUp);
        Assert.Equal(["a"], await waits);
        Assert.Equal(1, _storage.Reads);
    }

    [Fact]
    public async Task Should_neither_keep_nor_share_a_read_on_its_way_when_its_key_is_forgotten()
    {
        _storage.Stored.Add("a");

        var before = await AskWhileStorageIsSlowAsync(CancellationToken.None);
        _storage.Stored.Clear();
        _shared.Forget("round-1");
        var after = _shared.GetAsync("round-1", CancellationToken.None);
        await _storage.StartedAsync();
        _storage.Release(1);
        var afterValue = await after;
        _storage.Release(0);
        var beforeValue = await before;

        Assert.Equal(["a"], beforeValue);
        Assert.Empty(afterValue);
        Assert.Empty(await _shared.GetAsync("round-1", CancellationToken.None));
        Assert.Equal(2, _storage.Reads);
    }

    [Fact]
    public async Task Should_not_apply_a_forgotten_change_again_when_a_later_read_arrives()
    {
        _shared.Record("round-1", "idea-1");
        _shared.Record("round-1", "idea-2");
        _shared.Forget("round-1", c => c == "idea-1");

        var asking = await AskWhileStorageIsSlowAsync(CancellationToken.None);
        _storage.Release(0);

        Assert.Equal(["idea-2"], await asking);
    }

    /// <summary>Asks for round-1 while storage holds every answer back, once the read has begun.</summary>
    private async Task<Task<IReadOnlyList<string>>> AskWhileStorageIsSlowAsync(CancellationToken cancellationToken)
    {
        _storage.Held = true;
        var asking = _shared.GetAsync("round-1", cancellationToken);
        await _storage.StartedAsync();
        return asking;
    }

    /// <summary>
    /// Storage that each read sees as it was when the read began; a held read hands its result over only when released,
    /// like a slow query, and a read told to fail throws after the wait.
    /// </summary>
    private sealed class SlowStorage
    {
        private readonly List<TaskCompletionSource> _releases = [];
        private readonly SemaphoreSlim _started = new(0);
        private int _reads;

        public List<string> Stored { get; } = [];

        public bool Held { get; set; }

        public bool FailNext { get; set; }

        public int Reads => Volatile.Read(ref _reads);

        public async Task<IReadOnlyList<string>> ReadAsync(string key)
        {
            Interlocked.Increment(ref _reads);
            string[] read = [.. Stored];
            var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            lock (_releases)
            {
                _releases.Add(release);
            }

            _started.Release();
            if (Held)
            {
                await release.Task;
            }

            if (FailNext)
            {
                FailNext = false;
                throw new TimeoutException("The table did not answer.");
            }

            return read;
        }

        /// <summary>Waits until one more read has begun.</summary>
        public async Task StartedAsync() => Assert.True(await _started.WaitAsync(TimeSpan.FromSeconds(10)), "No read began.");

        /// <summary>Lets the read that began <paramref name="index"/>th (from 0) hand over its result.</summary>
        public void Release(int index)
        {
            lock (_releases)
            {
                _releases[index].SetResult();
            }
        }
    }
}
