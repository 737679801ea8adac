using System.Collections.Concurrent;
using ElcBot.Core.Rounds;

namespace ElcBot.Tests.Fakes;

/// <summary>Rounds in dictionaries, for turn tests; the Table Storage adapter is tested against Azurite.</summary>
public sealed class FakeRoundStore : IRoundStore
{
    private readonly object _gate = new();

    public ConcurrentDictionary<string, Round> Rounds { get; } = new();

    public ConcurrentDictionary<string, string> OpenByConversation { get; } = new();

    public Task<bool> TryOpenAsync(Round round, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (!OpenByConversation.TryAdd(round.ConversationId, round.Id))
            {
                return Task.FromResult(false);
            }

            Rounds[round.Id] = round;
            return Task.FromResult(true);
        }
    }

    public Task<Round?> GetAsync(string roundId, CancellationToken cancellationToken) =>
        Task.FromResult(Rounds.TryGetValue(roundId, out var round) ? round : null);

    public Task<Round?> FindOpenAsync(string conversationId, CancellationToken cancellationToken) =>
        Task.FromResult(OpenByConversation.TryGetValue(conversationId, out var id) && Rounds[id].IsOpen ? Rounds[id] : null);

    public Task<IReadOnlyList<Round>> ListForConversationAsync(string conversationId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Round>>(Rounds.Values.Where(r => r.ConversationId == conversationId).OrderByDescending(r => r.CreatedAt).ToArray());

    public Task<IReadOnlyList<Round>> ListOpenAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Round>>(Rounds.Values.Where(r => r.IsOpen).ToArray());

    public Task<IReadOnlyList<Round>> ListForTenantAsync(string tenantId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Round>>(Rounds.Values.Where(r => r.TenantId == tenantId).OrderByDescending(r => r.CreatedAt).ToArray());

    public Task<IReadOnlyList<Round>> ListAllAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Round>>(Rounds.Values.OrderByDescending(r => r.CreatedAt).ToArray());

    public Task CloseAsync(Round round, CancellationToken cancellationToken)
    {
        Rounds[round.Id] = round with { IsOpen = false };
        OpenByConversation.TryRemove(round.ConversationId, out _);
        return Task.CompletedTask;
    }
}
