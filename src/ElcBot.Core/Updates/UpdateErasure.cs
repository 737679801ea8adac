using ElcBot.Core.Contributions;
using ElcBot.Core.Privacy;

namespace ElcBot.Core.Updates;

/// <summary>"Forget me" for updates: the receipts of messages sent to the person, their key on updates they gave, and their items' ids.</summary>
/// <remarks>The updates themselves stay (others were told and rely on them); an update about an erased idea keeps no link to it.</remarks>
public sealed class UpdateErasure(IContributionStore contributions, IUpdateStore updates, IUpdateReceipts receipts) : IPersonErasure
{
    public async Task<int> EraseAsync(PersonToForget person, CancellationToken cancellationToken)
    {
        var contributorKey = person.ContributorKey;
        var changed = 0;
        var mine = await contributions.ListByContributorAsync(contributorKey, cancellationToken).ConfigureAwait(false);
        foreach (var round in mine.GroupBy(c => c.RoundId))
        {
            var ids = round.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
            foreach (var update in await updates.ListForRoundAsync(round.Key, cancellationToken).ConfigureAwait(false))
            {
                if (update.ContributionIds.Any(ids.Contains) || ids.Contains(update.SubjectId))
                {
                    await updates.ReplaceAsync(update with
                    {
                        ContributionIds = update.ContributionIds.Where(id => !ids.Contains(id)).ToArray(),
                        SubjectId = ids.Contains(update.SubjectId) ? string.Empty : update.SubjectId,
                    }, cancellationToken).ConfigureAwait(false);
                    changed++;
                }
            }
        }

        changed += await receipts.ForgetAsync(contributorKey, cancellationToken).ConfigureAwait(false);
        changed += await updates.ForgetAuthorAsync(contributorKey, cancellationToken).ConfigureAwait(false);
        return changed;
    }
}
