using ElcBot.Bot.Commands;
using ElcBot.Bot.Facilitation;
using ElcBot.Core.Summaries;
using ElcBot.Core.Summaries.Scheduling;
using Microsoft.Bot.Builder;

namespace ElcBot.Bot.Summaries;

/// <summary>`schedule off`: stops the weekly summary for the round in this conversation.</summary>
public sealed class ScheduleOffCommand(IFacilitatorCheck facilitators, ISummaryRounds rounds, ISummaryScheduleStore schedules) : ICommandHandler
{
    public BotCommand Command { get; } = new("schedule off", "Stop the weekly summary", FacilitatorsOnly: true);

    public async Task HandleAsync(ITurnContext turnContext, string arguments, CancellationToken cancellationToken)
    {
        var round = await RoundCommands.FindRoundAsync(turnContext, facilitators, rounds, cancellationToken).ConfigureAwait(false);
        if (round is null)
        {
            return;
        }

        var had = await schedules.FindAsync(round.RoundId, cancellationToken).ConfigureAwait(false) is not null;
        await schedules.DeleteAsync(round.RoundId, cancellationToken).ConfigureAwait(false);
        await turnContext.SendActivityAsync(
            MessageFactory.Text(had ? "Done. I've stopped the weekly summary. Type **summary** whenever you want one." : "There was no weekly summary to stop."),
            cancellationToken).ConfigureAwait(false);
    }
}
