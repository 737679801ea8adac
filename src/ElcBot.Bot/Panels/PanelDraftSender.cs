using ElcBot.Bot.Cards;
using ElcBot.Bot.Proactive;
using ElcBot.Core.Panels;
using ElcBot.Core.Summaries;
using ElcBot.Core.Summaries.Scheduling;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Logging;

namespace ElcBot.Bot.Panels;

/// <summary>Makes a round's summary into a draft for its panel, sends it to each member's personal chat, and says so in the round.</summary>
public sealed partial class PanelDraftSender(
    ISummarySource source,
    SummaryComposer composer,
    ISummaryStore summaries,
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

        var data = await source.LoadAsync(roundId, cancellationToken).ConfigureAwait(false);
        if (data is null)
        {
            return PublishOutcome.RoundMissing;
        }

        var previous = (await summaries.ListAsync(roundId, 1, cancellationToken).ConfigureAwait(false)).FirstOrDefault();
        var summary = await composer.ComposeAsync(data.Round, data.Contributions, previous, cancellationToken).ConfigureAwait(false);
        var draft = await reviews.TryStartAsync(summary, members.Count, cancellationToken).ConfigureAwait(false);
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
        return await poster.PostAsync(data.Round.ConversationId, notice, cancellationToken).ConfigureAwait(false) switch
        {
            ProactiveOutcome.BotRemoved => PublishOutcome.BotRemoved,
            _ => PublishOutcome.SentToPanel,
        };
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Draft summary of round {RoundId} sent to {Reached} of {Members} panel members")]
    private static partial void LogSent(ILogger logger, string roundId, int reached, int members);
}
