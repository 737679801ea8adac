using ElcBot.Core.Privacy;

namespace ElcBot.Core.Updates;

/// <summary>"Forget me" also forgets how to reach the person for updates.</summary>
public sealed class ContactErasure(IContactStore contacts) : IPersonErasure
{
    public async Task<int> EraseAsync(PersonToForget person, CancellationToken cancellationToken)
    {
        var contributorKey = person.ContributorKey;
        var had = await contacts.FindAsync(contributorKey, cancellationToken).ConfigureAwait(false) is not null;
        await contacts.DeleteAsync(contributorKey, cancellationToken).ConfigureAwait(false);
        return had ? 1 : 0;
    }
}
