using ElcBot.Core.Contributions;
using ElcBot.Core.Privacy;

namespace ElcBot.Core.Updates;

/// <summary>Updates about erased stories and ideas keep no link to them.</summary>
/// <remarks>The updates themselves stay: others were told and rely on them.</remarks>
public sealed class UpdateLinkErasure(IUpdateStore updates) : IContributionErasure
{
    public async Task<int> EraseAsync(IReadOnlyList<Contribution> erased, CancellationToken cancellationToken)
    {
        var changed = 0;
        foreach (var round in erased.GroupBy(c => c.RoundId))
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

        return changed;
    }
}
