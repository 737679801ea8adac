using ElcBot.Core.Contributions;

namespace ElcBot.Storage.Tables;

/// <summary>
/// The contribution store, keeping each round's list for showing (<see cref="IContributionStore.ListWithoutVectorsAsync"/>)
/// for a couple of seconds, so the ideas pages of a busy round do not each read every idea again.
/// </summary>
/// <remarks>
/// What this instance stores is added to the kept list at once and what it deletes empties it, so a person always sees
/// their own change; other instances' changes show within <see cref="Freshness"/>. A busy list is read once for everyone
/// waiting, with ideas added here during the read put in (<see cref="SharedRead{TKey, TValue, TChange}"/>). Everything else
/// passes straight through.
/// </remarks>
public sealed class ListedIdeasCache(TableContributionStore inner, TimeProvider time) : IContributionStore
{
    public static readonly TimeSpan Freshness = TimeSpan.FromSeconds(2);

    // Keyed by round and kind (null for every kind): an idea added here goes into both of its lists.
    private readonly SharedRead<(string RoundId, ContributionKind? Kind), IReadOnlyList<Contribution>, Contribution> _lists = new(
        async key => (await inner.ListWithoutVectorsAsync(key.RoundId, key.Kind, CancellationToken.None).ConfigureAwait(false)).ToArray(),
        WithAdded,
        Freshness,
        time);

    public Task<IReadOnlyList<Contribution>> ListWithoutVectorsAsync(string roundId, ContributionKind? kind, CancellationToken cancellationToken) =>
        _lists.GetAsync((roundId, kind), cancellationToken);

    public async Task<(Contribution Stored, bool AlreadyThere)> AddAsync(Contribution contribution, CancellationToken cancellationToken)
    {
        var result = await inner.AddAsync(contribution, cancellationToken).ConfigureAwait(false);
        if (!result.AlreadyThere)
        {
            var listed = contribution with { Vector = null };
            _lists.Record((contribution.RoundId, null), listed);
            _lists.Record((contribution.RoundId, contribution.Kind), listed);
        }

        return result;
    }

    public async Task<IReadOnlySet<string>> AddImportedAsync(string roundId, IReadOnlyList<Contribution> rows, IProgress<int>? stored, CancellationToken cancellationToken)
    {
        var already = await inner.AddImportedAsync(roundId, rows, stored, cancellationToken).ConfigureAwait(false);
        Forget(roundId);
        return already;
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
    // rather than the whole list of a busy round being sorted again on every share. One a read already holds (it was
    // stored just before the read began) is not put in twice.
    private static IReadOnlyList<Contribution> WithAdded(IReadOnlyList<Contribution> items, IReadOnlyList<Contribution> added)
    {
        var list = new List<Contribution>(items.Count + added.Count);
        list.AddRange(items);
        foreach (var item in added)
        {
            if (list.Exists(c => c.Id == item.Id))
            {
                continue;
            }

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

    // What is deleted or changes its contact setting leaves every list of the round, so the next caller reads it again.
    private void Forget(string roundId)
    {
        _lists.Forget((roundId, null));
        foreach (var kind in Enum.GetValues<ContributionKind>())
        {
            _lists.Forget((roundId, kind));
        }
    }
}
