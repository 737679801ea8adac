using ElcBot.Core.Contributions;
using ElcBot.Core.Privacy;

namespace ElcBot.Core.Files;

/// <summary>Spreadsheets waiting for someone to press Allow are deleted when stories or ideas of their round are erased.</summary>
/// <remarks>
/// A waiting spreadsheet is a copy of its whole round, so a late Allow would hand out words their author has taken back.
/// Every file of the rounds concerned goes, rather than each file rewritten without the erased words: the rule is simple
/// to trust, and the facilitator only has to ask again (the old offer then says the file is no longer available). Files
/// offered before their round was kept could hold anyone's words, so they go too.
/// </remarks>
public sealed class PendingFileErasure(IPendingFileStore files) : IContributionErasure
{
    public async Task<int> EraseAsync(IReadOnlyList<Contribution> erased, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(erased);
        var rounds = erased.Select(c => c.RoundId).ToHashSet(StringComparer.Ordinal);
        var deleted = 0;
        foreach (var file in await files.ListWaitingAsync(cancellationToken).ConfigureAwait(false))
        {
            if (file.RoundId is null || rounds.Contains(file.RoundId))
            {
                await files.DeleteAsync(file.FileId, cancellationToken).ConfigureAwait(false);
                deleted++;
            }
        }

        return deleted;
    }
}
