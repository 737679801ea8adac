using System.Collections.Concurrent;
using ElcBot.Core.Contributions;

namespace ElcBot.Tests.Fakes;

/// <summary>Contributions in a dictionary keyed by round and id, with the same "insert once" rule as the real store.</summary>
public sealed class FakeContributionStore : IContributionStore
{
    public ConcurrentDictionary<(string RoundId, string Id), Contribution> Saved { get; } = new();

    public Task<(Contribution Stored, bool AlreadyThere)> AddAsync(Contribution contribution, CancellationToken cancellationToken)
    {
        var stored = Saved.GetOrAdd((contribution.RoundId, contribution.Id), contribution);
        return Task.FromResult((stored, !ReferenceEquals(stored, contribution)));
    }

    public Task<IReadOnlySet<string>> AddImportedAsync(string roundId, IReadOnlyList<Contribution> rows, IProgress<int>? stored, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlySet<string>>(rows.Where(r => !Saved.TryAdd((roundId, r.Id), r)).Select(r => r.Id).ToHashSet());

    public Task<Contribution?> GetAsync(string roundId, string contributionId, CancellationToken cancellationToken) =>
        Task.FromResult(Saved.TryGetValue((roundId, contributionId), out var c) ? c : null);

    public Task<IReadOnlyList<Contribution>> ListAsync(string roundId, ContributionKind? kind, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Contribution>>(Saved.Values.Where(c => c.RoundId == roundId && (kind is null || c.Kind == kind))
            .OrderByDescending(c => c.CreatedAt).ToArray());

    public async Task<IReadOnlyList<Contribution>> ListWithoutVectorsAsync(string roundId, ContributionKind? kind, CancellationToken cancellationToken) =>
        (await ListAsync(roundId, kind, cancellationToken)).Select(c => c with { Vector = null }).ToArray();

    public Task<Contribution?> FindLatestByContributorAsync(string contributorKey, string roundId, CancellationToken cancellationToken) =>
        Task.FromResult(Saved.Values.Where(c => c.ContributorKey == contributorKey && c.RoundId == roundId).MaxBy(c => c.CreatedAt));

    public Task<IReadOnlyList<Contribution>> ListByContributorAsync(string contributorKey, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Contribution>>(Saved.Values.Where(c => c.ContributorKey == contributorKey).OrderByDescending(c => c.CreatedAt).ToArray());

    public Task SaveVectorAsync(string roundId, string contributionId, byte[] vector, CancellationToken cancellationToken)
    {
        if (Saved.TryGetValue((roundId, contributionId), out var c))
        {
            Saved[(roundId, contributionId)] = c with { Vector = vector };
        }

        return Task.CompletedTask;
    }

    public Task SetContactAsync(string roundId, string contributionId, bool mayContact, CancellationToken cancellationToken)
    {
        if (Saved.TryGetValue((roundId, contributionId), out var c))
        {
            Saved[(roundId, contributionId)] = c with { MayContact = mayContact };
        }

        return Task.CompletedTask;
    }

    public Task DeleteAsync(Contribution contribution, CancellationToken cancellationToken)
    {
        Saved.TryRemove((contribution.RoundId, contribution.Id), out _);
        return Task.CompletedTask;
    }
}
