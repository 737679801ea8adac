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
    PanelChats chats,
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

        var reached = 0;
        foreach (var member in members)
        {
            var card = PanelDraftCard.Build(draft, members, member.UserId);
            reached += await chats.SendAsync(member, card.ToMessage(PanelDraftCard.Title), cancellationToken).ConfigureAwait(false) ? 1 : 0;
        }

        LogSent(logger, roundId, reached, members.Count);
        var notice = MessageFactory.Text(PanelWords.SentToPanel(members, reached, draft.Deadline));
        return await poster.PostAsync(next.Round.ConversationId, notice, cancellationToken).ConfigureAwait(false) switch
        {
            ProactiveOutcome.BotRemoved => PublishOutcome.BotRemoved,
            _ => PublishOutcome.SentToPanel,
        };
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Draft summary of round {RoundId} sent to {Reached} of {Members} panel members")]
    private static partial void LogSent(ILogger logger, string roundId, int reached, int members);
}
