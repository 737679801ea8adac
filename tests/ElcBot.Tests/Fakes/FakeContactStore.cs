using System.Collections.Concurrent;
using ElcBot.Core.Updates;

namespace ElcBot.Tests.Fakes;

/// <summary>Sealed contact addresses in a dictionary; the Table Storage one is tested against Azurite.</summary>
public sealed class FakeContactStore : IContactStore
{
    public ConcurrentDictionary<string, SealedContact> Saved { get; } = new();

    public Task SaveAsync(SealedContact contact, CancellationToken cancellationToken)
    {
        Saved[contact.ContributorKey] = contact;
        return Task.CompletedTask;
    }

    public Task<SealedContact?> FindAsync(string contributorKey, CancellationToken cancellationToken) =>
        Task.FromResult(Saved.TryGetValue(contributorKey, out var found) ? found : null);

    public Task DeleteAsync(string contributorKey, CancellationToken cancellationToken)
    {
        Saved.TryRemove(contributorKey, out _);
        return Task.CompletedTask;
    }
}
