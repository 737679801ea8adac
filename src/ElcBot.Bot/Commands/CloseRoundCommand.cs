using ElcBot.Bot.Cards;
using ElcBot.Bot.Contributions;
using ElcBot.Core.Rounds;
using ElcBot.Core.Summaries.Scheduling;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Logging;

namespace ElcBot.Bot.Commands;

/// <summary>`close round`: facilitators end the open round here; nothing shared is deleted, and its weekly summary stops.</summary>
public sealed partial class CloseRoundCommand(FacilitatorCheck facilitators, RoundService rounds, ISummaryScheduleStore schedules, ILogger<CloseRoundCommand> logger) : ICommandHandler
{
    public const string ScheduleStopped = "I've also stopped this round's weekly summary. Type **summary** if you'd like a last one.";

    public BotCommand Command { get; } = new("close round", "Close the open round (everything shared is kept)", FacilitatorsOnly: true);

    public async Task HandleAsync(ITurnContext turnContext, string arguments, CancellationToken cancellationToken)
    {
        if (!await facilitators.IsFacilitatorAsync(turnContext, cancellationToken).ConfigureAwait(false))
        {
            await turnContext.SendActivityAsync(MessageFactory.Text(NoticeCard.NotFacilitator), cancellationToken).ConfigureAwait(false);
            return;
        }

        var closed = await rounds.CloseAsync(TurnPeople.ConversationIdOf(turnContext.Activity), cancellationToken).ConfigureAwait(false);
        if (closed is null)
        {
            await turnContext.SendActivityAsync(MessageFactory.Text(NoticeCard.NoOpenRound), cancellationToken).ConfigureAwait(false);
            return;
        }

        LogClosed(logger, closed.Id);
        await turnContext.SendActivityAsync(RoundCard.Build(closed).ToMessage(RoundCard.ClosedTitle), cancellationToken).ConfigureAwait(false);

        // A closed round gets nothing new, and once a new round starts here no command could reach its schedule to stop it.
        if (await schedules.FindAsync(closed.Id, cancellationToken).ConfigureAwait(false) is not null)
        {
            await schedules.DeleteAsync(closed.Id, cancellationToken).ConfigureAwait(false);
            await turnContext.SendActivityAsync(MessageFactory.Text(ScheduleStopped), cancellationToken).ConfigureAwait(false);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Round {RoundId} closed")]
    private static partial void LogClosed(ILogger logger, string roundId);
}
