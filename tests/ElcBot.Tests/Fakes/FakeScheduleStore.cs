using System.Collections.Concurrent;
using ElcBot.Core.Summaries.Scheduling;

namespace ElcBot.Tests.Fakes;

/// <summary>Schedules in a dictionary, for command tests; the Table Storage one is covered against Azurite.</summary>
public sealed class FakeScheduleStore : ISummaryScheduleStore
{
    public ConcurrentDictionary<string, SummarySchedule> Saved { get; } = new();

    public Task SaveAsync(SummarySchedule schedule, CancellationToken cancellationToken)
    {
        Saved[schedule.RoundId] = schedule;
        return Task.CompletedTask;
    }

    public Task<SummarySchedule?> FindAsync(string roundId, CancellationToken cancellationToken) =>
        Task.FromResult(Saved.TryGetValue(roundId, out var s) ? s : null);

    public Task DeleteAsync(string roundId, CancellationToken cancellationToken)
    {
        Saved.TryRemove(roundId, out _);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<SummarySchedule>> ListDueAsync(DateTimeOffset nowUtc, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<SummarySchedule>>(Saved.Values.Where(s => !s.Paused && s.NextRunUtc <= nowUtc).ToArray());

    public Task<IReadOnlyList<SummarySchedule>> ListAllAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<SummarySchedule>>(Saved.Values.ToArray());
}
