using ElcBot.Bot.CardActions;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging;

namespace ElcBot.Bot.FairUse;

/// <summary>Slows down one person sending very fast (say 50 ideas in a second), kindly, without touching anyone else.</summary>
public sealed partial class FairUseMiddleware(TokenBuckets buckets, ILogger<FairUseMiddleware> logger) : IMiddleware
{
    public const string SlowDown = "You're sending things faster than I can take them in. Please wait a few seconds, then try again. Nothing you sent before this was lost.";

    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        var person = activity.From?.AadObjectId ?? activity.From?.Id;
        var counts = activity.Type is ActivityTypes.Message or ActivityTypes.Invoke;
        if (!counts || person is null || buckets.TryTake(person))
        {
            await next(cancellationToken).ConfigureAwait(false);
            return;
        }

        LogSlowed(logger, activity.Type);
        if (activity.Type == ActivityTypes.Invoke)
        {
            // A card button: answer the invoke with a message, so the pressed card and its text stay as they were.
            await turnContext.SendActivityAsync(CardActionReplies.Message(SlowDown), cancellationToken).ConfigureAwait(false);
            return;
        }

        await turnContext.SendActivityAsync(MessageFactory.Text(SlowDown), cancellationToken).ConfigureAwait(false);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Slowed a burst from one person ({ActivityType})")]
    private static partial void LogSlowed(ILogger logger, string activityType);
}
