using ElcBot.Bot.Facilitation;
using ElcBot.Core.Summaries;
using ElcBot.Core.Summaries.Scheduling;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Logging;

namespace ElcBot.Bot.Summaries;

/// <summary>For `help`: the line telling a facilitator that this conversation's weekly summary is paused, why, and what to do.</summary>
public sealed partial class PausedScheduleNotice(
    IFacilitatorCheck facilitators,
    ISummaryRounds rounds,
    ISummaryScheduleStore schedules,
    ILogger<PausedScheduleNotice> logger)
{
    /// <returns>The line, or null when there is nothing to say here or to this person.</returns>
    public async Task<string?> FindAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        if (turnContext.Activity.Conversation is not { Id: { Length: > 0 } conversationId, ConversationType: "channel" or "groupChat" })
        {
            return null;
        }

        try
        {
            // The facilitator check last: it may ask Teams, and most conversations have no paused schedule.
            var round = await rounds.FindForConversationAsync(conversationId, cancellationToken).ConfigureAwait(false);
            var schedule = round is null ? null : await schedules.FindAsync(round.RoundId, cancellationToken).ConfigureAwait(false);
            return schedule is { Paused: true } && await facilitators.IsFacilitatorAsync(turnContext, cancellationToken).ConfigureAwait(false)
                ? ScheduleWords.Paused(schedule)
                : null;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Help must always answer: without the line is better than without help.
            LogLookupFailed(logger, ex);
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not check for a paused weekly summary while answering help")]
    private static partial void LogLookupFailed(ILogger logger, Exception exception);
}
