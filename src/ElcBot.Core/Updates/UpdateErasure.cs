using ElcBot.Core.Privacy;

namespace ElcBot.Core.Updates;

/// <summary>"Forget me" for updates: the receipts of messages sent to the person, and their key on updates they gave.</summary>
/// <remarks>Links from updates to their stories and ideas go with those (<see cref="UpdateLinkErasure"/>).</remarks>
public sealed class UpdateErasure(IUpdateStore updates, IUpdateReceipts receipts) : IPersonErasure
{
    public async Task<int> EraseAsync(PersonToForget person, CancellationToken cancellationToken) =>
        await receipts.ForgetAsync(person.ContributorKey, cancellationToken).ConfigureAwait(false)
        + await updates.ForgetAuthorAsync(person.ContributorKey, cancellationToken).ConfigureAwait(false);
}
