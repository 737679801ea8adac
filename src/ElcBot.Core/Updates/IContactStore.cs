namespace ElcBot.Core.Updates;

/// <summary>Keeps one sealed address per person who asked to be told what happens to what they shared or supported.</summary>
public interface IContactStore
{
    /// <summary>Saves or replaces the person's sealed address.</summary>
    Task SaveAsync(SealedContact contact, CancellationToken cancellationToken);

    Task<SealedContact?> FindAsync(string contributorKey, CancellationToken cancellationToken);

    /// <summary>Deletes the person's address; deleting one that is not there is not an error.</summary>
    Task DeleteAsync(string contributorKey, CancellationToken cancellationToken);
}

/// <summary>How to reach a person in Teams, sealed so only the service can read it.</summary>
/// <param name="ContributorKey">The person's pseudonymous key.</param>
/// <param name="SealedAddress">The address as <see cref="Privacy.AddressSealer"/> sealed it.</param>
/// <param name="SavedAt">When the person last asked to be told.</param>
public sealed record SealedContact(string ContributorKey, string SealedAddress, DateTimeOffset SavedAt);
