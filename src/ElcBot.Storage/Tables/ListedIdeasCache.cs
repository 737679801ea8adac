using ElcBot.Core.Contributions;

namespace ElcBot.Storage.Tables;

/// <summary>
/// The contribution store, keeping each round's list for showing (<see cref="IContributionStore.ListWithoutVectorsAsync"/>)
/// for a couple of seconds, so the ideas pages of a busy round do not each read every idea again.
/// </summary>
/// <remarks>
/// What this instance stores is added to the kept list at once and what it deletes empties it, so a person always sees
/// their own change; other instances' changes show within <see cref="Freshness"/>. Everything else passes straight through.
/// </remarks>
public sealed class ListedIdeasCache(TableContributionStore inner, TimeProvider time) : IContributionStore
{
    public static readonly TimeSpan Freshness = TimeSpan.FromSeconds(2);
    private const int MaxLists = 1_000;
    private readonly Dictionary<(string RoundId, ContributionKind? Kind), (DateTimeOffset ReadAt, Contribution[] Items)> _lists = [];
    private readonly Dictionary<(string RoundId, ContributionKind? Kind), (Task<IReadOnlyList<Contribution>> Read, int Erasures)> _reading = [];
    private readonly Dictionary<string, List<(DateTimeOffset At, Contribution Item)>> _added = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _erasures = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    public Task<IReadOnlyList<Contribution>> ListWithoutVectorsAsync(string roundId, ContributionKind? kind, CancellationToken cancellationToken)
    {
        var key = (roundId, kind);
        lock (_gate)
        {
            if (_lists.TryGetValue(key, out var kept) && time.GetUtcNow() - kept.ReadAt < Freshness)
            {
                return Task.FromResult<IReadOnlyList<Contribution>>(kept.Items);
            }

            // One read per list at a time: when a busy round's list runs out, everyone waiting shares the next read
            // instead of each reading every idea at once. A read begun before an erasure is not joined.
            var erasures = _erasures.GetValueOrDefault(roundId);
            if (!_reading.TryGetValue(key, out var reading) || reading.Erasures != erasures)
            {
                _reading[key] = reading = (ReadAsync(key, erasures), erasures);
            }

            return reading.Read.WaitAsync(cancellationToken);
        }
    }

    // Shared by several callers, so no one caller's cancellation stops it.
    private async Task<IReadOnlyList<Contribution>> ReadAsync((string RoundId, ContributionKind? Kind) key, int erasures)
    {
        await Task.Yield();
        try
        {
            var readAt = time.GetUtcNow();
            var items = (await inner.ListWithoutVectorsAsync(key.RoundId, key.Kind, CancellationToken.None).ConfigureAwait(false)).ToArray();
            lock (_gate)
            {
                // Ideas this instance added while the read was on its way may be missing from it: they are put in.
                var late = (_added.GetValueOrDefault(key.RoundId) ?? [])
                    .Where(a => a.At >= readAt && (key.Kind is null || a.Item.Kind == key.Kind) && !items.Any(c => c.Id == a.Item.Id))
                    .Select(a => a.Item).ToArray();
                items = WithAdded(items, late);

                if (_erasures.GetValueOrDefault(key.RoundId) == erasures)
                {
                    if (_lists.Count >= MaxLists)
                    {
                        // A bound on memory: dropping every list only costs a read each.
                        _lists.Clear();
                    }

                    _lists[key] = (readAt, items);
                }
            }

            return items;
        }
        finally
        {
            lock (_gate)
            {
                if (_reading.TryGetValue(key, out var reading) && reading.Erasures == erasures)
                {
                    _reading.Remove(key);
                }
            }
        }
    }

    public async Task<(Contribution Stored, bool AlreadyThere)> AddAsync(Contribution contribution, CancellationToken cancellationToken)
    {
        var result = await inner.AddAsync(contribution, cancellationToken).ConfigureAwait(false);
        if (!result.AlreadyThere)
        {
            lock (_gate)
            {
                RecordAdded(contribution with { Vector = null });
                foreach (var kind in new ContributionKind?[] { null, contribution.Kind })
                {
                    if (_lists.TryGetValue((contribution.RoundId, kind), out var kept))
                    {
                        _lists[(contribution.RoundId, kind)] = (kept.ReadAt, WithAdded(kept.Items, [contribution with { Vector = null }]));
                    }
                }
            }
        }

        return result;
    }

    public async Task DeleteAsync(Contribution contribution, CancellationToken cancellationToken)
    {
        await inner.DeleteAsync(contribution, cancellationToken).ConfigureAwait(false);
        Forget(contribution.RoundId);
    }

    public async Task SetContactAsync(string roundId, string contributionId, bool mayContact, CancellationToken cancellationToken)
    {
        await inner.SetContactAsync(roundId, contributionId, mayContact, cancellationToken).ConfigureAwait(false);
        Forget(roundId);
    }

    public Task<Contribution?> GetAsync(string roundId, string contributionId, CancellationToken cancellationToken) =>
        inner.GetAsync(roundId, contributionId, cancellationToken);

    public Task<IReadOnlyList<Contribution>> ListAsync(string roundId, ContributionKind? kind, CancellationToken cancellationToken) =>
        inner.ListAsync(roundId, kind, cancellationToken);

    public Task<Contribution?> FindLatestByContributorAsync(string contributorKey, string roundId, CancellationToken cancellationToken) =>
        inner.FindLatestByContributorAsync(contributorKey, roundId, cancellationToken);

    public Task<IReadOnlyList<Contribution>> ListByContributorAsync(string contributorKey, CancellationToken cancellationToken) =>
        inner.ListByContributorAsync(contributorKey, cancellationToken);

    public Task SaveVectorAsync(string roundId, string contributionId, byte[] vector, CancellationToken cancellationToken) =>
        inner.SaveVectorAsync(roundId, contributionId, vector, cancellationToken);

    // Newest first, as the store lists them. A new idea is almost always the newest, so each goes in where it belongs
    // rather than the whole list of a busy round being sorted again on every share.
    private static Contribution[] WithAdded(Contribution[] items, IReadOnlyList<Contribution> added)
    {
        if (added.Count == 0)
        {
            return items;
        }

        var list = new List<Contribution>(items.Length + added.Count);
        list.AddRange(items);
        foreach (var item in added)
        {
            var at = 0;
            while (at < list.Count && (list[at].CreatedAt > item.CreatedAt
                || (list[at].CreatedAt == item.CreatedAt && string.CompareOrdinal(list[at].Id, item.Id) < 0)))
            {
                at++;
            }

            list.Insert(at, item);
        }

        return [.. list];
    }

    // Kept for reads still on their way; one slower than this is rare, and only stale for Freshness.
    private void RecordAdded(Contribution contribution)
    {
        if (!_added.TryGetValue(contribution.RoundId, out var added))
        {
            if (_added.Count >= MaxLists)
            {
                _added.Clear();
            }

            _added[contribution.RoundId] = added = [];
        }

        var now = time.GetUtcNow();
        added.RemoveAll(a => now - a.At > TimeSpan.FromSeconds(30));
        added.Add((now, contribution));
    }

    private void Forget(string roundId)
    {
        lock (_gate)
        {
            _erasures[roundId] = _erasures.GetValueOrDefault(roundId) + 1;
            _added.Remove(roundId);
            foreach (var key in _lists.Keys.Where(k => k.RoundId == roundId).ToArray())
            {
                _lists.Remove(key);
            }
        }
    }
}
