using ElcBot.Bot.Cards;
using ElcBot.Bot.Commands;
using ElcBot.Bot.Facilitation;
using ElcBot.Core.Summaries;
using ElcBot.Core.Summaries.Scheduling;
using Microsoft.Bot.Builder;

namespace ElcBot.Bot.Summaries;

/// <summary>`schedule`: says when the round's weekly summary is posted, or why it is paused and what to do.</summary>
/// <remarks>`schedule summary` and `schedule off` are longer, so the router sends those words to their own commands.</remarks>
public sealed class ScheduleCommand(IFacilitatorCheck facilitators, ISummaryRounds rounds, ISummaryScheduleStore schedules, ScheduleOverview overview) : ICommandHandler
{
    public const string NoOpenRounds = "There are no open rounds right now, so no weekly summaries either.";

    public BotCommand Command { get; } = new("schedule", "See when the weekly summary is posted", FacilitatorsOnly: true);

    public async Task HandleAsync(ITurnContext turnContext, string arguments, CancellationToken cancellationToken)
    {
        if (turnContext.Activity.Conversation?.ConversationType == "personal")
        {
            await ShowOverviewAsync(turnContext, cancellationToken).ConfigureAwait(false);
            return;
        }

        var round = await RoundCommands.FindRoundAsync(turnContext, facilitators, rounds, cancellationToken).ConfigureAwait(false);
        if (round is null)
        {
            return;
        }

        var schedule = await schedules.FindAsync(round.RoundId, cancellationToken).ConfigureAwait(false);
        var status = ScheduleWords.Status(schedule);
        // "schedule friday 4pm" is someone setting a time: show where things stand and the words that set it.
        var reply = arguments.Length == 0 || schedule is null ? status : $"{status} To change the day or time, type for example: **{ScheduleText.Example}**.";
        await turnContext.SendActivityAsync(MessageFactory.Text(reply), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>In personal chat there is no "this round": show every open round's weekly summary instead.</summary>
    private async Task ShowOverviewAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        if (!await facilitators.IsFacilitatorAsync(turnContext, cancellationToken).ConfigureAwait(false))
        {
            await turnContext.SendActivityAsync(MessageFactory.Text(FacilitatorReplies.NotAllowed), cancellationToken).ConfigureAwait(false);
            return;
        }

        var open = await overview.ListAsync(turnContext.Activity.Conversation.TenantId ?? string.Empty, cancellationToken).ConfigureAwait(false);
        await turnContext.SendActivityAsync(
            open.Count == 0 ? MessageFactory.Text(NoOpenRounds) : ScheduleOverviewCard.Build(open).ToMessage(ScheduleOverviewCard.Title),
            cancellationToken).ConfigureAwait(false);
    }
}
