using ElcBot.Core.Privacy;

namespace ElcBot.Core.Updates;

/// <summary>Remembers how to reach people who asked for updates, sealed at rest, and forgets it when they ask.</summary>
/// <remarks>The address itself is opaque here: the bot writes and reads it (it is a Teams address).</remarks>
public sealed class ContactBook(IContactStore store, AddressSealer sealer, TimeProvider time)
{
    public Task RememberAsync(string contributorKey, string address, CancellationToken cancellationToken) =>
        store.SaveAsync(new SealedContact(contributorKey, sealer.Seal(address, contributorKey), time.GetUtcNow()), cancellationToken);

    /// <returns>The address, or null when none is kept (or it no longer opens, for example after the secret changed).</returns>
    public async Task<string?> FindAsync(string contributorKey, CancellationToken cancellationToken) =>
        await store.FindAsync(contributorKey, cancellationToken).ConfigureAwait(false) is { } found
            ? sealer.Open(found.SealedAddress, contributorKey)
            : null;

    public Task ForgetAsync(string contributorKey, CancellationToken cancellationToken) => store.DeleteAsync(contributorKey, cancellationToken);
}
