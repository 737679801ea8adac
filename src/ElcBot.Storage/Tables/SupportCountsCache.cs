using ElcBot.Core.Contributions;

namespace ElcBot.Storage.Tables;

/// <summary>
/// The support store, counting supports from each round's list of supporters kept for a couple of seconds, so an ideas
/// page of five ideas and each press of "This matters to me too" do not each query the table again.
/// </summary>
/// <remarks>
/// What this instance changes is applied to the kept list at once, so a person always sees their own press counted;
/// other instances' presses show within <see cref="Freshness"/>. A busy round's list is read once for everyone waiting, and
/// a list read while this instance was changing the round has those changes applied again on arrival
/// (<see cref="SharedRead{TKey, TValue, TChange}"/>), so a slow read cannot bring back an old count. Summaries and updates
/// read supports straight from the table, as before.
/// </remarks>
public sealed class SupportCountsCache(ISupportStore inner, TimeProvider time) : ISupportStore
{
    public static readonly TimeSpan Freshness = TimeSpan.FromSeconds(2);

    private readonly SharedRead<string, KeptRound, Change> _rounds = new(
        async roundId => new KeptRound(await inner.ListForRoundAsync(roundId, CancellationToken.None).ConfigureAwait(false)),
        (round, changes) => round.Apply(changes),
        Freshness,
        time,
        StringComparer.Ordinal);

    public async Task<bool> ToggleAsync(Support support, string pressId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(support);
        var supported = await inner.ToggleAsync(support, pressId, cancellationToken).ConfigureAwait(false);
        _rounds.Record(support.RoundId, new Change(support.IdeaId, support.SupporterKey, supported));
        return supported;
    }

    public async Task<int> CountAsync(string roundId, string ideaId, CancellationToken cancellationToken) =>
        (await _rounds.GetAsync(roundId, cancellationToken).ConfigureAwait(false)).Count(ideaId);

    public async Task DeleteAsync(Support support, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(support);
        await inner.DeleteAsync(support, cancellationToken).ConfigureAwait(false);
        _rounds.Record(support.RoundId, new Change(support.IdeaId, support.SupporterKey, false));
    }

    public async Task<int> DeleteForIdeaAsync(string roundId, string ideaId, CancellationToken cancellationToken)
    {
        var deleted = await inner.DeleteForIdeaAsync(roundId, ideaId, cancellationToken).ConfigureAwait(false);
        // Rare: the round is simply read again, and any read in flight is not kept. This instance's earlier presses
        // on the idea must not be applied again to that read.
        _rounds.Forget(roundId, c => c.IdeaId == ideaId);
        return deleted;
    }

    public Task<IReadOnlyList<Support>> ListForRoundAsync(string roundId, CancellationToken cancellationToken) =>
        inner.ListForRoundAsync(roundId, cancellationToken);

    public Task<IReadOnlyList<Support>> ListBySupporterAsync(string supporterKey, CancellationToken cancellationToken) =>
        inner.ListBySupporterAsync(supporterKey, cancellationToken);

    // Permission to contact changes no count.
    public Task<bool> SetContactAsync(string roundId, string ideaId, string supporterKey, bool mayContact, CancellationToken cancellationToken) =>
        inner.SetContactAsync(roundId, ideaId, supporterKey, mayContact, cancellationToken);

    private sealed record Change(string IdeaId, string SupporterKey, bool Supported);

    /// <summary>Who supports each idea of a round, as read at one moment plus this instance's changes since.</summary>
    /// <remarks>Changed in place while callers count from it, so it guards itself.</remarks>
    private sealed class KeptRound
    {
        private readonly Dictionary<string, HashSet<string>> _supporters = new(StringComparer.Ordinal);
        private readonly Lock _gate = new();

        public KeptRound(IEnumerable<Support> supports)
        {
            foreach (var support in supports)
            {
                Supporters(support.IdeaId).Add(support.SupporterKey);
            }
        }

        public int Count(string ideaId)
        {
            lock (_gate)
            {
                return _supporters.TryGetValue(ideaId, out var keys) ? keys.Count : 0;
            }
        }

        public KeptRound Apply(IReadOnlyList<Change> changes)
        {
            lock (_gate)
            {
                foreach (var change in changes)
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
            }

            return this;
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
