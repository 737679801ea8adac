using ElcBot.Core.Rounds;

namespace ElcBot.Storage.Tables;

/// <summary>
/// The round store, keeping each round found by id for a couple of seconds: every card action checks its round, and on a
/// busy round that was one table read a turn for a row that changes only when the round is opened or closed.
/// </summary>
/// <remarks>
/// A round this instance closes is forgotten at once. One closed by another instance still looks open here for up to
/// <see cref="Freshness"/>, so an idea shared in that moment is kept with the round, as if shared just before the close.
/// A round not found is never kept: one opened elsewhere is found as soon as it exists. Lists pass straight through.
/// </remarks>
public sealed class RecentRoundsCache(TableRoundStore inner, TimeProvider time) : IRoundStore
{
    public static readonly TimeSpan Freshness = TimeSpan.FromSeconds(2);
    private const int MaxRounds = 1_000;

    private readonly Dictionary<string, (DateTimeOffset ReadAt, Round Round)> _rounds = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private int _closes;

    public async Task<Round?> GetAsync(string roundId, CancellationToken cancellationToken)
    {
        int closes;
        lock (_gate)
        {
            if (_rounds.TryGetValue(roundId, out var kept) && time.GetUtcNow() - kept.ReadAt < Freshness)
            {
                return kept.Round;
            }

            closes = _closes;
        }

        var readAt = time.GetUtcNow();
        var round = await inner.GetAsync(roundId, cancellationToken).ConfigureAwait(false);
        if (round is not null)
        {
            lock (_gate)
            {
                // A read that overlapped a close here may hold the round as it was before: it is not kept.
                if (_closes != closes)
                {
                    return round;
                }

                if (_rounds.Count >= MaxRounds)
                {
                    _rounds.Clear();
                }

                _rounds[roundId] = (readAt, round);
            }
        }

        return round;
    }

    public async Task CloseAsync(Round round, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(round);
        await inner.CloseAsync(round, cancellationToken).ConfigureAwait(false);
        lock (_gate)
        {
            _rounds.Remove(round.Id);
            _closes++;
        }
    }

    public Task<bool> TryOpenAsync(Round round, CancellationToken cancellationToken) => inner.TryOpenAsync(round, cancellationToken);

    public Task<Round?> FindOpenAsync(string conversationId, CancellationToken cancellationToken) => inner.FindOpenAsync(conversationId, cancellationToken);

    public Task<IReadOnlyList<Round>> ListForConversationAsync(string conversationId, CancellationToken cancellationToken) =>
        inner.ListForConversationAsync(conversationId, cancellationToken);

    public Task<IReadOnlyList<Round>> ListOpenAsync(CancellationToken cancellationToken) => inner.ListOpenAsync(cancellationToken);

    public Task<IReadOnlyList<Round>> ListForTenantAsync(string tenantId, CancellationToken cancellationToken) => inner.ListForTenantAsync(tenantId, cancellationToken);

    public Task<IReadOnlyList<Round>> ListAllAsync(CancellationToken cancellationToken) => inner.ListAllAsync(cancellationToken);
}
