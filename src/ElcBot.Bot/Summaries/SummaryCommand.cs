using ElcBot.Bot.Cards;
using ElcBot.Bot.Commands;
using ElcBot.Bot.Facilitation;
using ElcBot.Bot.Installation;
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
    ISummaryScheduleStore schedules,
    ConversationRegistrar registrar,
    TimeProvider time) : ICommandHandler
{
    public const string NoRound = "There is no round in this conversation yet. A facilitator can type **start round** to begin one.";
    public const string NoOpenRounds = "There are no open rounds to summarise right now.";
    public const string RoundGone = "Sorry, I can't find that round any more.";
    public const string Posted = "Done. I've posted the summary in the round's conversation.";
    public const string Removed = "I couldn't post the summary because I'm no longer in that team or chat. Add me back and try again.";
    public const string Unreachable = "I couldn't post the summary because I don't know how to reach the round's channel or chat yet. Type **summary** there and I'll post it.";

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

        // Rounds started before the bot kept every round's channel may have no address for it yet: this turn gives one.
        await registrar.RememberAsync(turnContext, cancellationToken).ConfigureAwait(false);
        if (await PublishAsync(turnContext, round.RoundId, cancellationToken).ConfigureAwait(false) is { } reply)
        {
            await turnContext.SendActivityAsync(MessageFactory.Text(reply), cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Posts the summary (or sends it to the review panel first) and works out the one thing to tell the facilitator.</summary>
    /// <returns>
    /// The reply, which the caller sends (a card button answers in its own way), saying too if the weekly schedule had
    /// paused itself; null when, in the round's own conversation, the summary or the note that it went to the panel says it all.
    /// </returns>
    public async Task<string?> PublishAsync(ITurnContext turnContext, string roundId, CancellationToken cancellationToken)
    {
        var schedule = await schedules.FindAsync(roundId, cancellationToken).ConfigureAwait(false);
        var outcome = await publisher.PublishAsync(roundId, cancellationToken).ConfigureAwait(false);
        // A summary that reached the round's conversation shows that what paused the weekly one is mended: start it again.
        var paused = schedule is not { Paused: true } ? null
            : outcome == PublishOutcome.Posted ? await ResumeAsync(schedule, cancellationToken).ConfigureAwait(false)
            : ScheduleWords.Paused(schedule);
        var personal = turnContext.Activity.Conversation?.ConversationType == "personal";
        var reply = outcome switch
        {
            PublishOutcome.Posted => personal ? Posted : null,
            PublishOutcome.SentToPanel => personal ? PanelReplies.SentFromPersonal : null,
            PublishOutcome.SentToPanelChannelUnknown => PanelReplies.SentChannelUnknown,
            PublishOutcome.PanelBusy => personal ? PanelReplies.AlreadyWithPanelElsewhere : PanelReplies.AlreadyWithPanel,
            PublishOutcome.BotRemoved => Removed,
            PublishOutcome.ConversationUnknown => Unreachable,
            _ => personal ? RoundGone : NoRound,
        };
        return paused is null ? reply : reply is null ? paused : $"{paused}\n\n{reply}";
    }

    private async Task<string> ResumeAsync(SummarySchedule schedule, CancellationToken cancellationToken)
    {
        var resumed = schedule with { Paused = false, PausedBecause = SchedulePause.None, NextRunUtc = schedule.NextAfter(time.GetUtcNow()) };
        await schedules.SaveAsync(resumed, cancellationToken).ConfigureAwait(false);
        return ScheduleWords.Resumed(resumed);
    }
}
