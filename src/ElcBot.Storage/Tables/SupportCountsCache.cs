using ElcBot.Core.Contributions;

namespace ElcBot.Storage.Tables;

/// <summary>
/// The support store, counting supports from each round's list of supporters kept for a couple of seconds, so an ideas
/// page of five ideas and each press of "This matters to me too" do not each query the table again.
/// </summary>
/// <remarks>
/// What this instance changes is applied to the kept list at once, so a person always sees their own press counted;
/// other instances' presses show within <see cref="Freshness"/>. A list read while this instance was changing the round
/// has those changes applied again on arrival (a journal of recent changes), so a slow read cannot bring back an old
/// count. Summaries and updates read supports straight from the table, as before.
/// </remarks>
public sealed class SupportCountsCache(ISupportStore inner, TimeProvider time) : ISupportStore
{
    public static readonly TimeSpan Freshness = TimeSpan.FromSeconds(2);

    // Changes are kept this long for reads still in flight; a read taking longer than this is rare and only stale for Freshness.
    private static readonly TimeSpan JournalSpan = TimeSpan.FromSeconds(30);
    private const int MaxRounds = 1_000;

    private readonly Dictionary<string, KeptRound> _rounds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (Task<KeptRound> Read, int Erasures)> _reading = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Change>> _journal = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _erasures = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    public async Task<bool> ToggleAsync(Support support, string pressId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(support);
        var supported = await inner.ToggleAsync(support, pressId, cancellationToken).ConfigureAwait(false);
        Record(new Change(support.RoundId, support.IdeaId, support.SupporterKey, supported, time.GetUtcNow()));
        return supported;
    }

    public async Task<int> CountAsync(string roundId, string ideaId, CancellationToken cancellationToken)
    {
        var kept = await KeptAsync(roundId, cancellationToken).ConfigureAwait(false);
        lock (_gate)
        {
            return kept.Count(ideaId);
        }
    }

    public async Task DeleteAsync(Support support, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(support);
        await inner.DeleteAsync(support, cancellationToken).ConfigureAwait(false);
        Record(new Change(support.RoundId, support.IdeaId, support.SupporterKey, false, time.GetUtcNow()));
    }

    public async Task<int> DeleteForIdeaAsync(string roundId, string ideaId, CancellationToken cancellationToken)
    {
        var deleted = await inner.DeleteForIdeaAsync(roundId, ideaId, cancellationToken).ConfigureAwait(false);
        lock (_gate)
        {
            // Rare: the round is simply read again, and any read in flight is not kept. This instance's earlier presses
            // on the idea must not be applied again to that read.
            _rounds.Remove(roundId);
            _journal.GetValueOrDefault(roundId)?.RemoveAll(c => c.IdeaId == ideaId);
            _erasures[roundId] = _erasures.GetValueOrDefault(roundId) + 1;
        }

        return deleted;
    }

    public Task<IReadOnlyList<Support>> ListForRoundAsync(string roundId, CancellationToken cancellationToken) =>
        inner.ListForRoundAsync(roundId, cancellationToken);

    public Task<IReadOnlyList<Support>> ListBySupporterAsync(string supporterKey, CancellationToken cancellationToken) =>
        inner.ListBySupporterAsync(supporterKey, cancellationToken);

    // Permission to contact changes no count.
    public Task<bool> SetContactAsync(string roundId, string ideaId, string supporterKey, bool mayContact, CancellationToken cancellationToken) =>
        inner.SetContactAsync(roundId, ideaId, supporterKey, mayContact, cancellationToken);

    private Task<KeptRound> KeptAsync(string roundId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_rounds.TryGetValue(roundId, out var kept) && time.GetUtcNow() - kept.ReadAt < Freshness)
            {
                return Task.FromResult(kept);
            }

            // One read per round at a time: when the kept list runs out on a busy round, everyone waiting shares it.
            // A read begun before an erasure is not joined.
            var erasures = _erasures.GetValueOrDefault(roundId);
            if (!_reading.TryGetValue(roundId, out var reading) || reading.Erasures != erasures)
            {
                _reading[roundId] = reading = (ReadAsync(roundId, erasures), erasures);
            }

            return reading.Read.WaitAsync(cancellationToken);
        }
    }

    // Shared by several callers, so no one caller's cancellation stops it.
    private async Task<KeptRound> ReadAsync(string roundId, int erasures)
    {
        await Task.Yield();
        var readAt = time.GetUtcNow();
        try
        {
            var read = new KeptRound(readAt, await inner.ListForRoundAsync(roundId, CancellationToken.None).ConfigureAwait(false));
            lock (_gate)
            {
                // Changes finished before the read began are in it; later ones may not be, and applying them again is harmless.
                foreach (var change in _journal.GetValueOrDefault(roundId) ?? [])
                {
                    if (change.At >= readAt)
                    {
                        read.Apply(change);
                    }
                }

                if (_erasures.GetValueOrDefault(roundId) == erasures)
                {
                    if (_rounds.Count >= MaxRounds)
                    {
                        // A bound on memory: dropping every list only costs a read each.
                        _rounds.Clear();
                    }

                    _rounds[roundId] = read;
                }
            }

            return read;
        }
        finally
        {
            lock (_gate)
            {
                if (_reading.TryGetValue(roundId, out var reading) && reading.Erasures == erasures)
                {
                    _reading.Remove(roundId);
                }
            }
        }
    }

    private void Record(Change change)
    {
        lock (_gate)
        {
            if (_rounds.TryGetValue(change.RoundId, out var kept))
            {
                kept.Apply(change);
            }

            if (!_journal.TryGetValue(change.RoundId, out var changes))
            {
                if (_journal.Count >= MaxRounds)
                {
                    _journal.Clear();
                }

                _journal[change.RoundId] = changes = [];
            }

            changes.RemoveAll(c => change.At - c.At > JournalSpan);
            changes.Add(change);
        }
    }

    private sealed record Change(string RoundId, string IdeaId, string SupporterKey, bool Supported, DateTimeOffset At);

    /// <summary>Who supports each idea of a round, as read at one moment plus this instance's changes since.</summary>
    private sealed class KeptRound
    {
        private readonly Dictionary<string, HashSet<string>> _supporters = new(StringComparer.Ordinal);

        public KeptRound(DateTimeOffset readAt, IEnumerable<Support> supports)
        {
            ReadAt = readAt;
            foreach (var support in supports)
            {
                Supporters(support.IdeaId).Add(support.SupporterKey);
            }
        }

        public DateTimeOffset ReadAt { get; }

        public int Count(string ideaId) => _supporters.TryGetValue(ideaId, out var keys) ? keys.Count : 0;

        public void Apply(Change change)
        {
            if (change.Supported)
            {
                Supporters(change.IdeaId).Add(change.SupporterKey);
            }
            else
            {
                Supporters(change.IdeaId).Remove(change.SupporterKey);
            }
        }

        private HashSet<string> Supporters(string ideaId)
        {
            if (!_supporters.TryGetValue(ideaId, out var keys))
            {
                _supporters[ideaId] = keys = new HashSet<string>(StringComparer.Ordinal);
            }

            return keys;
        }
    }
}
