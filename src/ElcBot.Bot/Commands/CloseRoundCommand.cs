using ElcBot.Bot.Cards;
using ElcBot.Bot.Contributions;
using ElcBot.Core.Rounds;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Logging;

namespace ElcBot.Bot.Commands;

/// <summary>`close round`: facilitators end the open round here; nothing shared is deleted.</summary>
public sealed partial class CloseRoundCommand(FacilitatorCheck facilitators, RoundService rounds, ILogger<CloseRoundCommand> logger) : ICommandHandler
{
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
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Round {RoundId} closed")]
    private static partial void LogClosed(ILogger logger, string roundId);
}
