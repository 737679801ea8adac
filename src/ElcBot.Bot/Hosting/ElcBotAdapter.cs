using ElcBot.Bot.CardActions;
using ElcBot.Core.Reliability;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Extensions.Logging;

namespace ElcBot.Bot.Hosting;

/// <summary>The SDK's CloudAdapter with an error handler that logs the failure and says sorry to the person.</summary>
public sealed partial class ElcBotAdapter : CloudAdapter
{
    public const string Apology = "Sorry, something went wrong on my side. Please try again in a moment.";
    public const string NotSaved = "I couldn't save that just now. Your words are still here, please try again.";
    public const string RecordsUnreachable = "I can't reach my records just now, so nothing has changed. Please try again in a few minutes.";

    public ElcBotAdapter(BotFrameworkAuthentication authentication, FairUse.FairUseMiddleware fairUse, IStorageFailures storageFailures, ILogger<ElcBotAdapter> logger)
        : base(authentication, logger)
    {
        Use(fairUse);
        OnTurnError = async (turnContext, exception) =>
        {
            LogTurnFailed(logger, exception, turnContext.Activity?.Type);
            try
            {
                // When storage is down nothing was kept. A card button is answered on the card itself, which Teams then
                // leaves as it was, with the person's words still in it (the SDK would otherwise answer the press with 501).
                // A typed command or an install holds no words to keep, so it is told only that nothing changed.
                var activity = turnContext.Activity;
                var fromCard = CardActionReplies.IsCardAction(activity) || activity?.Value is not null;
                var words = !storageFailures.IsStorageUnavailable(exception) ? Apology : fromCard ? NotSaved : RecordsUnreachable;
                await turnContext.SendActivityAsync(CardActionReplies.IsCardAction(activity) ? CardActionReplies.Message(words) : MessageFactory.Text(words))
                    .ConfigureAwait(false);
            }
            catch (Exception sendFailure)
            {
                // The channel itself may be what failed; the original error is already logged.
                LogApologyFailed(logger, sendFailure);
            }
        };
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "A {ActivityType} turn failed")]
    private static partial void LogTurnFailed(ILogger logger, Exception exception, string? activityType);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not send the apology after a failed turn")]
    private static partial void LogApologyFailed(ILogger logger, Exception exception);
}
