using ElcBot.Core.Summaries;
using ElcBot.Core.Summaries.Scheduling;

namespace ElcBot.Bot.Summaries;

/// <summary>The open rounds of an organisation with their weekly summaries, for a facilitator in personal chat.</summary>
public sealed class ScheduleOverview(ISummaryRounds rounds, ISummaryScheduleStore schedules)
{
    /// <returns>Paused ones first (they need something done), then the newest; a round with no schedule has a null one.</returns>
    public async Task<IReadOnlyList<(SummaryRound Round, SummarySchedule? Schedule)>> ListAsync(string tenantId, CancellationToken cancellationToken)
    {
        var open = await rounds.ListOpenAsync(tenantId, cancellationToken).ConfigureAwait(false);
        if (open.Count == 0)
        {
            return [];
        }

        // One query for every schedule: a deployment keeps tens, so this beats a look-up per round.
        var byRound = (await schedules.ListAllAsync(cancellationToken).ConfigureAwait(false)).ToDictionary(s => s.RoundId, StringComparer.Ordinal);
        return open
            .Select(r => (Round: r, Schedule: byRound.GetValueOrDefault(r.RoundId)))
            .OrderByDescending(x => x.Schedule is { Paused: true })
            .ThenByDescending(x => x.Round.OpenedAt)
            .ToArray();
    }
}
