namespace ElcBot.Core.State;

/// <summary>Keeps bot state documents with optimistic concurrency.</summary>
public interface IStateDocumentStore
{
    Task<IReadOnlyDictionary<string, StateDocument>> ReadAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken);

    /// <summary>Writes a document; throws <see cref="StateConflictException"/> when its ETag is stale.</summary>
    /// <returns>The new ETag.</returns>
    Task<string> WriteAsync(StateDocument document, CancellationToken cancellationToken);

    Task DeleteAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken);
}
