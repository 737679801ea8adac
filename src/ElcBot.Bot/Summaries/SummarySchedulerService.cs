using ElcBot.Core.Summaries.Scheduling;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ElcBot.Bot.Summaries;

/// <summary>Wakes every minute and posts the weekly summaries that are due (each once, across all instances).</summary>
public sealed partial class SummarySchedulerService(ScheduledSummaryRunner runner, TimeProvider time, ILogger<SummarySchedulerService> logger)
    : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        do
        {
            try
            {
                await runner.RunDueAsync(time.GetUtcNow(), stoppingToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // Storage may be down for a while; the next tick tries again and no claimed post is lost (its lease ends).
                LogFailed(logger, ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Scheduled summaries could not run this time")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
