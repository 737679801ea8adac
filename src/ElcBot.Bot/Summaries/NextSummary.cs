using ElcBot.Core.Summaries;
using ElcBot.Core.Summaries.Scheduling;

namespace ElcBot.Bot.Summaries;

/// <summary>Notes on a summary about to be posted when the round's next weekly one is due, so people know when to look again.</summary>
/// <remarks>Worked out as it is posted, not as it is drafted: a review panel may take days over a draft.</remarks>
public sealed class NextSummary(ISummaryScheduleStore schedules, TimeProvider time)
{
    public async Task<RoundSummary> NoteAsync(RoundSummary summary, CancellationToken cancellationToken)
    {
        var schedule = await schedules.FindAsync(summary.RoundId, cancellationToken).ConfigureAwait(false);
        return summary with { NextSummaryOn = schedule?.NextDueOn(time.GetUtcNow()) };
    }

    /// <summary>
    /// The summary as it is shown again later (from the summaries list, or Back from its themes): a next-summary day that
    /// has passed is left out, as it would tell a reader a date that is gone.
    /// </summary>
    public static RoundSummary AsShownOn(RoundSummary summary, DateOnly today) =>
        summary.NextSummaryOn is { } next && next < today ? summary with { NextSummaryOn = null } : summary;
}
