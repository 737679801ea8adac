namespace ElcBot.Core.Rounds;

/// <summary>Keeps rounds, with at most one open round per conversation.</summary>
public interface IRoundStore
{
    /// <summary>Saves a new open round.</summary>
    /// <returns>False, saving nothing, when the conversation already has an open round.</returns>
    Task<bool> TryOpenAsync(Round round, CancellationToken cancellationToken);

    Task<Round?> GetAsync(string roundId, CancellationToken cancellationToken);

    Task<Round?> FindOpenAsync(string conversationId, CancellationToken cancellationToken);

    /// <summary>Every round started in a conversation, open or closed, newest first.</summary>
    Task<IReadOnlyList<Round>> ListForConversationAsync(string conversationId, CancellationToken cancellationToken);

    /// <summary>Every open round, for people choosing where to share from personal chat.</summary>
    Task<IReadOnlyList<Round>> ListOpenAsync(CancellationToken cancellationToken);

    /// <summary>Every round in a tenant, open or closed, newest first (for giving news about a round from personal chat).</summary>
    Task<IReadOnlyList<Round>> ListForTenantAsync(string tenantId, CancellationToken cancellationToken);

    /// <summary>Every round, open or closed, newest first (for operators choosing the round to import into or export).</summary>
    Task<IReadOnlyList<Round>> ListAllAsync(CancellationToken cancellationToken);

    /// <summary>Marks the round closed and frees its conversation for a new round; everything shared is kept.</summary>
    Task CloseAsync(Round round, CancellationToken cancellationToken);
}
