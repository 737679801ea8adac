using ElcBot.Bot.Cards;
using ElcBot.Bot.Commands;
using ElcBot.Bot.Facilitation;
using ElcBot.Bot.Panels;
using ElcBot.Core.Summaries;
using ElcBot.Core.Summaries.Scheduling;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace ElcBot.Bot.Summaries;

/// <summary>`summary`: posts the round's summary into its conversation now (first to its review panel, if it has one); in personal chat, first asks which round.</summary>
public sealed class SummaryCommand(
    IFacilitatorCheck facilitators,
    ISummaryRounds rounds,
    ISummaryPublisher publisher,
    ISummaryScheduleStore schedules) : ICommandHandler
{
    public const string NoRound = "There is no round in this conversation yet. A facilitator can type **start round** to begin one.";
    public const string NoOpenRounds = "There are no open rounds to summarise right now.";
    public const string Removed = "I couldn't post the summary because I'm no longer in that team or chat. Add me back and try again.";

    public BotCommand Command { get; } = new("summary", "Post a summary of the round now", FacilitatorsOnly: true);

    public async Task HandleAsync(ITurnContext turnContext, string arguments, CancellationToken cancellationToken)
    {
        if (!await facilitators.IsFacilitatorAsync(turnContext, cancellationToken).ConfigureAwait(false))
        {
            await turnContext.SendActivityAsync(MessageFactory.Text(FacilitatorReplies.NotAllowed), cancellationToken).ConfigureAwait(false);
            return;
        }

        if (turnContext.Activity.Conversation?.ConversationType == "personal")
        {
            var open = await rounds.ListOpenAsync(turnContext.Activity.Conversation.TenantId ?? string.Empty, cancellationToken).ConfigureAwait(false);
            await turnContext.SendActivityAsync(
                open.Count == 0 ? MessageFactory.Text(NoOpenRounds) : RoundChoiceCard.Build(open).ToMessage(RoundChoiceCard.Title),
                cancellationToken).ConfigureAwait(false);
            return;
        }

        var round = await rounds.FindForConversationAsync(turnContext.Activity.Conversation!.Id, cancellationToken).ConfigureAwait(false);
        if (round is null)
        {
            await turnContext.SendActivityAsync(MessageFactory.Text(NoRound), cancellationToken).ConfigureAwait(false);
            return;
        }

        await PublishAsync(turnContext, round.RoundId, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Posts the summary (or sends it to the review panel first), telling the facilitator if the weekly schedule had paused itself.</summary>
    public async Task<PublishOutcome> PublishAsync(ITurnContext turnContext, string roundId, CancellationToken cancellationToken)
    {
        if (await schedules.FindAsync(roundId, cancellationToken).ConfigureAwait(false) is { Paused: true, PausedReason: { } reason })
        {
            await turnContext.SendActivityAsync(MessageFactory.Text(reason), cancellationToken).ConfigureAwait(false);
        }

        var outcome = await publisher.PublishAsync(roundId, cancellationToken).ConfigureAwait(false);
        var personal = turnContext.Activity.Conversation?.ConversationType == "personal";
        // In the round's conversation the summary, or the note that it went to the panel, is the answer.
        var reply = outcome switch
        {
            PublishOutcome.Posted => personal ? "Done. I've posted the summary in the round's conversation." : null,
            PublishOutcome.SentToPanel => personal ? PanelReplies.SentFromPersonal : null,
            PublishOutcome.PanelBusy => PanelReplies.AlreadyWithPanel,
            PublishOutcome.BotRemoved => Removed,
            _ => NoRound,
        };
        if (reply is not null)
        {
            await turnContext.SendActivityAsync(MessageFactory.Text(reply), cancellationToken).ConfigureAwait(false);
        }

        return outcome;
    }
}
