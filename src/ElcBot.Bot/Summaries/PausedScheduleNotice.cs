using ElcBot.Bot.Facilitation;
using ElcBot.Core.Summaries;
using ElcBot.Core.Summaries.Scheduling;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Logging;

namespace ElcBot.Bot.Summaries;

/// <summary>
/// For `help`: the line telling a facilitator that this conversation's weekly summary is paused, why, and what to do;
/// in personal chat, how many open rounds' weekly summaries have paused.
/// </summary>
public sealed partial class PausedScheduleNotice(
    IFacilitatorCheck facilitators,
    ISummaryRounds rounds,
    ISummaryScheduleStore schedules,
    ScheduleOverview overview,
    ILogger<PausedScheduleNotice> logger)
{
    /// <returns>The line, or null when there is nothing to say here or to this person.</returns>
    public async Task<string?> FindAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        try
        {
            return turnContext.Activity.Conversation switch
            {
                { ConversationType: "personal" } conversation => await InPersonalChatAsync(turnContext, conversation.TenantId, cancellationToken).ConfigureAwait(false),
                { Id: { Length: > 0 } id, ConversationType: "channel" or "groupChat" } => await InConversationAsync(turnContext, id, cancellationToken).ConfigureAwait(false),
                _ => null,
            };
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Help must always answer: without the line is better than without help.
            LogLookupFailed(logger, ex);
            return null;
        }
    }

    private async Task<string?> InConversationAsync(ITurnContext turnContext, string conversationId, CancellationToken cancellationToken)
    {
        // The facilitator check last: it may ask Teams, and most conversations have no paused schedule.
        var round = await rounds.FindForConversationAsync(conversationId, cancellationToken).ConfigureAwait(false);
        var schedule = round is null ? null : await schedules.FindAsync(round.RoundId, cancellationToken).ConfigureAwait(false);
        return schedule is { Paused: true } && await facilitators.IsFacilitatorAsync(turnContext, cancellationToken).ConfigureAwait(false)
            ? ScheduleWords.Paused(schedule)
            : null;
    }

    private async Task<string?> InPersonalChatAsync(ITurnContext turnContext, string? tenantId, CancellationToken cancellationToken)
    {
        // In personal chat only configured facilitators count, and checking costs nothing, so it comes first here.
        if (!await facilitators.IsFacilitatorAsync(turnContext, cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        var paused = (await overview.ListAsync(tenantId ?? string.Empty, cancellationToken).ConfigureAwait(false)).Count(x => x.Schedule is { Paused: true });
        return paused == 0 ? null : ScheduleWords.PausedCount(paused);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not check for a paused weekly summary while answering help")]
    private static partial void LogLookupFailed(ILogger logger, Exception exception);
}
