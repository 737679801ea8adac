using Microsoft.Extensions.Logging;

namespace ElcBot.Core.Summaries.Scheduling;

/// <summary>Posts every summary that is due, once, and moves each schedule on to its next week.</summary>
public sealed partial class ScheduledSummaryRunner(
    ISummaryScheduleStore schedules,
    ISummaryRunLedger ledger,
    ISummaryPublisher publisher,
    ILogger<ScheduledSummaryRunner> logger) : IScheduledWork
{
    /// <summary>Long enough to build and post a large summary; after it another instance may take over.</summary>
    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);

    /// <returns>How many summaries this instance posted.</returns>
    public async Task<int> RunDueAsync(DateTimeOffset nowUtc, CancellationToken cancellationToken)
    {
        var posted = 0;
        foreach (var schedule in await schedules.ListDueAsync(nowUtc, cancellationToken).ConfigureAwait(false))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!await ledger.TryClaimAsync(schedule.RoundId, schedule.NextRunUtc, Lease, cancellationToken).ConfigureAwait(false))
            {
                continue;
            }

            posted += await RunOneAsync(schedule, nowUtc, cancellationToken).ConfigureAwait(false) ? 1 : 0;
        }

        return posted;
    }

    private async Task<bool> RunOneAsync(SummarySchedule schedule, DateTimeOffset nowUtc, CancellationToken cancellationToken)
    {
        var outcome = await publisher.PublishAsync(schedule.RoundId, cancellationToken).ConfigureAwait(false);
        await ledger.MarkDoneAsync(schedule.RoundId, schedule.NextRunUtc, cancellationToken).ConfigureAwait(false);
        switch (outcome)
        {
            // A draft sent to the review panel (or one still with it) is this week's summary too.
            case PublishOutcome.Posted or PublishOutcome.SentToPanel or PublishOutcome.PanelBusy:
                // From now, not from the missed time: a service that was down for weeks posts once, not once per week missed.
                var next = schedule.NextAfter(nowUtc > schedule.NextRunUtc ? nowUtc : schedule.NextRunUtc);
                await schedules.SaveAsync(schedule with { NextRunUtc = next }, cancellationToken).ConfigureAwait(false);
                LogPosted(logger, schedule.RoundId, next);
                return true;
            // Paused, not dropped: the round is still there, and a facilitator is told why by `summary`, `schedule` and `help`.
            case PublishOutcome.BotRemoved or PublishOutcome.ConversationUnknown:
                var cause = outcome == PublishOutcome.BotRemoved ? SchedulePause.BotRemoved : SchedulePause.ConversationUnknown;
                await schedules.SaveAsync(schedule with { Paused = true, PausedBecause = cause }, cancellationToken).ConfigureAwait(false);
                LogPaused(logger, schedule.RoundId, outcome);
                return false;
            // The panel has this week's draft, but neither it nor next week's can be posted until the channel is reached:
            // paused, so a facilitator's `help` and `schedule` say so now rather than the panel's approval finding out.
            case PublishOutcome.SentToPanelChannelUnknown:
                await schedules.SaveAsync(schedule with { Paused = true, PausedBecause = SchedulePause.ConversationUnknown }, cancellationToken).ConfigureAwait(false);
                LogPaused(logger, schedule.RoundId, outcome);
                return true;
            default:
                await schedules.DeleteAsync(schedule.RoundId, cancellationToken).ConfigureAwait(false);
                LogDropped(logger, schedule.RoundId);
                return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Scheduled summary for round {RoundId} posted; next at {NextRunUtc}")]
    private static partial void LogPosted(ILogger logger, string roundId, DateTimeOffset nextRunUtc);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Scheduled summary for round {RoundId} could not be posted ({Outcome}); schedule paused")]
    private static partial void LogPaused(ILogger logger, string roundId, PublishOutcome outcome);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Scheduled summary for round {RoundId} dropped: the round is no longer known")]
    private static partial void LogDropped(ILogger logger, string roundId);
}
