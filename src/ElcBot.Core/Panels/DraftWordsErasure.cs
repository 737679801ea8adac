using ElcBot.Core.Contributions;
using ElcBot.Core.Privacy;
using ElcBot.Core.Summaries;

namespace ElcBot.Core.Panels;

/// <summary>Erased stories and ideas come out of the review draft as stored, not only out of what it shows.</summary>
/// <remarks>A draft is worked out again from the round's contributions on every read (<see cref="DraftThemes"/>), so
/// the panel never sees erased words; this takes them out of storage too.</remarks>
public sealed class DraftWordsErasure(DraftRewriter rewriter) : IContributionErasure
{
    public async Task<int> EraseAsync(IReadOnlyList<Contribution> erased, CancellationToken cancellationToken)
    {
        var changed = 0;
        foreach (var round in erased.GroupBy(c => c.RoundId))
        {
            Contribution[] words = [.. round];
            changed += await rewriter.ChangeAsync(round.Key, draft => SummaryForgetting.Without(draft.Summary, words) is { } kept ? draft with { Summary = kept } : null,
                cancellationToken).ConfigureAwait(false) ? 1 : 0;
        }

        return changed;
    }
}
