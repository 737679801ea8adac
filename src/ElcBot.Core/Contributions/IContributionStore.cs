namespace ElcBot.Core.Contributions;

/// <summary>Keeps stories and ideas per round, findable by contributor for "my contributions" and "forget me".</summary>
public interface IContributionStore
{
    /// <summary>Saves the contribution unless one with the same round and id exists.</summary>
    /// <returns>The stored contribution and whether it was already there (a repeated delivery).</returns>
    Task<(Contribution Stored, bool AlreadyThere)> AddAsync(Contribution contribution, CancellationToken cancellationToken);

    /// <summary>Saves rows imported into one round, many to a call, leaving any with the same id as it is.</summary>
    /// <remarks>
    /// Imported rows belong to nobody who can ask for them ("my contributions" and "forget me" never name them), so no
    /// contributor index entry is kept for them.
    /// </remarks>
    /// <param name="stored">Told how many rows are done (stored or found there already) as it goes.</param>
    /// <returns>The ids of the rows that were there already (an earlier import of the same file).</returns>
    Task<IReadOnlySet<string>> AddImportedAsync(string roundId, IReadOnlyList<Contribution> rows, IProgress<int>? stored, CancellationToken cancellationToken);

    Task<Contribution?> GetAsync(string roundId, string contributionId, CancellationToken cancellationToken);

    /// <summary>The round's contributions (optionally of one kind), newest first, with their vectors.</summary>
    Task<IReadOnlyList<Contribution>> ListAsync(string roundId, ContributionKind? kind, CancellationToken cancellationToken);

    /// <summary>The round's contributions as <see cref="ListAsync"/> gives them, but without their vectors: for showing them.</summary>
    /// <remarks>May be a couple of seconds behind changes made by another instance of the service; never behind this one's.</remarks>
    Task<IReadOnlyList<Contribution>> ListWithoutVectorsAsync(string roundId, ContributionKind? kind, CancellationToken cancellationToken);

    /// <summary>The newest contribution one person shared in one round, or null when they shared nothing there.</summary>
    Task<Contribution?> FindLatestByContributorAsync(string contributorKey, string roundId, CancellationToken cancellationToken);

    /// <summary>Everything one person shared, in every round, newest first.</summary>
    Task<IReadOnlyList<Contribution>> ListByContributorAsync(string contributorKey, CancellationToken cancellationToken);

    /// <summary>Stores the embedding of a contribution (computed off the request path).</summary>
    Task SaveVectorAsync(string roundId, string contributionId, byte[] vector, CancellationToken cancellationToken);

    /// <summary>Records whether its author may be told what happens to it; a contribution erased meanwhile stays erased.</summary>
    Task SetContactAsync(string roundId, string contributionId, bool mayContact, CancellationToken cancellationToken);

    /// <summary>Deletes a contribution and its index entry; deleting something already gone is not an error.</summary>
    Task DeleteAsync(Contribution contribution, CancellationToken cancellationToken);
}
