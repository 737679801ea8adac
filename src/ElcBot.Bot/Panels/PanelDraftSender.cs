using ElcBot.Bot.Cards;
using ElcBot.Bot.Proactive;
using ElcBot.Bot.Summaries;
using ElcBot.Core.Panels;
using ElcBot.Core.Summaries;
using ElcBot.Core.Summaries.Scheduling;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Logging;

namespace ElcBot.Bot.Panels;

/// <summary>Makes a round's summary into a draft for its panel, sends it to each member's personal chat, and says so in the round.</summary>
public sealed partial class PanelDraftSender(
    SummaryDrafter drafter,
    PanelReviewService reviews,
    PanelNotifier notifier,
    ProactivePoster poster,
    ILogger<PanelDraftSender> logger)
{
    public async Task<PublishOutcome> SendAsync(string roundId, IReadOnlyList<PanelMember> members, CancellationToken cancellationToken)
    {
        if (await reviews.HasOpenDraftAsync(roundId, cancellationToken).ConfigureAwait(false))
        {
            return PublishOutcome.PanelBusy;
        }

        if (await drafter.DraftAsync(roundId, cancellationToken).ConfigureAwait(false) is not { } next)
        {
            return PublishOutcome.RoundMissing;
        }

        var draft = await reviews.TryStartAsync(next.Summary, members.Count, cancellationToken).ConfigureAwait(false);
        if (draft is null)
        {
            return PublishOutcome.PanelBusy;
        }

        var reached = await notifier.SendAsync(draft, members, members, null, cancellationToken).ConfigureAwait(false);
        LogSent(logger, roundId, reached, members.Count);
        var notice = MessageFactory.Text(PanelWords.SentToPanel(members, reached, draft.Deadline));
        var posted = await poster.PostAsync(next.Round.ConversationId, notice, cancellationToken).ConfigureAwait(false);
        // Only now is the draft marked as sent: had this instance stopped before, the scheduler would send it.
        try
        {
            if (!await reviews.MarkDeliveredAsync(roundId, draft.DraftId, cancellationToken).ConfigureAwait(false))
            {
                LogNotMarked(logger, roundId);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The panel has the draft; at worst the scheduler sends it to them once more.
            LogMarkFailed(logger, ex, roundId);
        }

        return posted switch
        {
            ProactiveOutcome.BotRemoved => PublishOutcome.BotRemoved,
            // The panel has the draft, but their approval will not post it: the facilitator needs to know that now, not then.
            ProactiveOutcome.ConversationUnknown => PublishOutcome.SentToPanelChannelUnknown,
            _ => PublishOutcome.SentToPanel,
        };
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Draft summary of round {RoundId} sent, but the draft stayed too busy to mark it sent")]
    private static partial void LogNotMarked(ILogger logger, string roundId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Draft summary of round {RoundId} sent, but marking it sent failed")]
    private static partial void LogMarkFailed(ILogger logger, Exception exception, string roundId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Draft summary of round {RoundId} sent to {Reached} of {Members} panel members")]
    private static partial void LogSent(ILogger logger, string roundId, int reached, int members);
}
