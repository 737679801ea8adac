namespace ElcBot.Core.Summaries.Scheduling;

/// <summary>Keeps each round's weekly summary schedule.</summary>
public interface ISummaryScheduleStore
{
    Task SaveAsync(SummarySchedule schedule, CancellationToken cancellationToken);

    Task<SummarySchedule?> FindAsync(string roundId, CancellationToken cancellationToken);

    Task DeleteAsync(string roundId, CancellationToken cancellationToken);

    /// <summary>Schedules whose next post is at or before <paramref name="nowUtc"/> and that are not paused.</summary>
    Task<IReadOnlyList<SummarySchedule>> ListDueAsync(DateTimeOffset nowUtc, CancellationToken cancellationToken);

    /// <summary>Every schedule, for a facilitator's overview from personal chat (a deployment has tens, not thousands).</summary>
    Task<IReadOnlyList<SummarySchedule>> ListAllAsync(CancellationToken cancellationToken);
}
