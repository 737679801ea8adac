namespace ElcBot.Storage.Tables;

/// <summary>
/// What a busy key holds in storage, read once for everyone waiting and kept for a moment, with the changes this
/// instance makes while a read is on its way put into the late result so none of them is lost. Written once because
/// the kept ideas lists and support counts need the very same care, and two copies of it would drift apart.
/// </summary>
/// <remarks>
/// A change made here is applied to the kept value at once and noted for <see cref="JournalSpan"/>; a read that arrives
/// later has every change noted since it began applied again, so <paramref name="apply"/> must be harmless to repeat.
/// A read that fails is not kept: the next caller reads again. A key forgotten while its read is on its way neither keeps
/// that read nor lets anyone join it, as it may hold what was there before. Values are handed to many callers, so a
/// value that <paramref name="apply"/> changes in place must guard itself.
/// </remarks>
/// <param name="read">Reads a key from storage; shared by several callers, so it is given no one caller's cancellation.</param>
/// <param name="apply">Returns the value with changes made here applied (the same value changed, or a new one).</param>
/// <param name="keepFor">How long a value read is kept before the next caller reads again.</param>
public sealed class SharedRead<TKey, TValue, TChange>(
    Func<TKey, Task<TValue>> read,
    Func<TValue, IReadOnlyList<TChange>, TValue> apply,
    TimeSpan keepFor,
    TimeProvider time,
    IEqualityComparer<TKey>? comparer = null)
    where TKey : notnull
{
    /// <summary>How long changes are noted for reads still on their way; one slower than this is rare, and only stale for the keep time.</summary>
    public static readonly TimeSpan JournalSpan = TimeSpan.FromSeconds(30);

    // A bound on memory: dropping everything kept or noted only costs a read each.
    private const int MaxKeys = 1_000;

    private readonly Dictionary<TKey, (DateTimeOffset ReadAt, TValue Value)> _kept = new(comparer);
    private readonly Dictionary<TKey, Flight> _reading = new(comparer);
    private readonly Dictionary<TKey, List<(DateTimeOffset At, TChange Change)>> _journal = new(comparer);
    private readonly Lock _gate = new();

    /// <summary>The kept value if it is fresh; otherwise the read on its way, or a new one that later callers share.</summary>
    public Task<TValue> GetAsync(TKey key, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_kept.TryGetValue(key, out var kept) && time.GetUtcNow() - kept.ReadAt < keepFor)
            {
                return Task.FromResult(kept.Value);
            }

            if (!_reading.TryGetValue(key, out var flight))
            {
                _reading[key] = flight = new Flight();
                flight.Read = ReadAsync(key, flight);
            }

            return flight.Read.WaitAsync(cancellationToken);
        }
    }

    /// <summary>Applies a change made here to the kept value at once, and notes it for reads on their way.</summary>
    public void Record(TKey key, TChange change)
    {
        lock (_gate)
        {
            if (_kept.TryGetValue(key, out var kept))
            {
                _kept[key] = (kept.ReadAt, apply(kept.Value, [change]));
            }

            if (!_journal.TryGetValue(key, out var changes))
            {
                if (_journal.Count >= MaxKeys)
                {
                    _journal.Clear();
                }

                _journal[key] = changes = [];
            }

            var now = time.GetUtcNow();
            changes.RemoveAll(c => now - c.At > JournalSpan);
            changes.Add((now, change));
        }
    }

    /// <summary>
    /// Drops the kept value, and the noted changes <paramref name="changes"/> picks (all of them when it is null), so the
    /// next caller reads again; a read of the key on its way is neither kept nor joined.
    /// </summary>
    public void Forget(TKey key, Func<TChange, bool>? changes = null)
    {
        lock (_gate)
        {
            _kept.Remove(key);
            if (_reading.Remove(key, out var flight))
            {
                flight.Forgotten = true;
            }

            if (changes is null)
            {
                _journal.Remove(key);
            }
            else if (_journal.TryGetValue(key, out var noted))
            {
                noted.RemoveAll(c => changes(c.Change));
            }
        }
    }

    private async Task<TValue> ReadAsync(TKey key, Flight flight)
    {
        // Runs the read outside the caller's lock.
        await Task.Yield();
        try
        {
            var readAt = time.GetUtcNow();
            var value = await read(key).ConfigureAwait(false);
            lock (_gate)
            {
                // Changes finished before the read began are in it; later ones may not be, and applying them again is harmless.
                var late = _journal.TryGetValue(key, out var noted) ? noted.Where(c => c.At >= readAt).Select(c => c.Change).ToArray() : [];
                if (late.Length > 0)
                {
                    value = apply(value, late);
                }

                if (!flight.Forgotten)
                {
                    if (_kept.Count >= MaxKeys)
                    {
                        _kept.Clear();
                    }

                    _kept[key] = (readAt, value);
                }
            }

            return value;
        }
        finally
        {
            lock (_gate)
            {
                if (_reading.TryGetValue(key, out var current) && current == flight)
                {
                    _reading.Remove(key);
                }
            }
        }
    }

    private sealed class Flight
    {
        public Task<TValue> Read { get; set; } = null!;

        public bool Forgotten { get; set; }
    }
}
