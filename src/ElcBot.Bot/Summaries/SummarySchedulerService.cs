using ElcBot.Core.Summaries.Scheduling;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ElcBot.Bot.Summaries;

/// <summary>
/// Wakes every minute and does the scheduled work that is due: weekly summaries, and reminders to review panels (each
/// once, across all instances).
/// </summary>
public sealed partial class SummarySchedulerService(IEnumerable<IScheduledWork> work, TimeProvider time, ILogger<SummarySchedulerService> logger)
    : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        do
        {
            foreach (var piece in work)
            {
                try
                {
                    await piece.RunDueAsync(time.GetUtcNow(), stoppingToken).ConfigureAwait(false);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    // Storage may be down for a while; the next tick tries again and no claimed post is lost (its lease
                    // ends). One kind of work failing does not hold up the others.
                    LogFailed(logger, piece.GetType().Name, ex);
                }
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Scheduled work {Work} could not run this time")]
    private static partial void LogFailed(ILogger logger, string work, Exception exception);
}
