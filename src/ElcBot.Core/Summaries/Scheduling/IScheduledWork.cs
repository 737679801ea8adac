namespace ElcBot.Core.Summaries.Scheduling;

/// <summary>Work the scheduler runs every minute on every instance; each piece makes sure it happens once across instances.</summary>
public interface IScheduledWork
{
    /// <returns>How many things this instance did (posted, reminded).</returns>
    Task<int> RunDueAsync(DateTimeOffset nowUtc, CancellationToken cancellationToken);
}
