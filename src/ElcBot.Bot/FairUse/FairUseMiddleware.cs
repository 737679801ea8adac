using ElcBot.Bot.CardActions;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging;

namespace ElcBot.Bot.FairUse;

/// <summary>Slows down one person sending very fast (say 50 ideas in a second), kindly, without touching anyone else.</summary>
/// <remarks>A message sent too fast gets one "please wait" per <see cref="TokenBuckets.AskAgainAfter"/>; a button press always gets its
/// answer, as Teams expects one, and it is seen only by the person who pressed.</remarks>
public sealed partial class FairUseMiddleware(TokenBuckets buckets, ILogger<FairUseMiddleware> logger) : IMiddleware
{
    public const string SlowDown = "You're sending things faster than I can take them in. Please wait a few seconds, then try again. Nothing you sent before this was lost.";

    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        var person = activity.From?.AadObjectId ?? activity.From?.Id;
        var counts = activity.Type is ActivityTypes.Message or ActivityTypes.Invoke;
        var verdict = counts && person is not null ? buckets.Take(person) : FairUseVerdict.Allowed;
        if (verdict == FairUseVerdict.Allowed)
        {
            await next(cancellationToken).ConfigureAwait(false);
            return;
        }

        LogSlowed(logger, activity.Type, verdict);
        if (activity.Type == ActivityTypes.Invoke)
        {
            // A card button: answer the invoke with a message, so the pressed card and its text stay as they were.
            await turnContext.SendActivityAsync(CardActionReplies.Message(SlowDown), cancellationToken).ConfigureAwait(false);
            return;
        }

        if (verdict == FairUseVerdict.SlowDown)
        {
            await turnContext.SendActivityAsync(MessageFactory.Text(SlowDown), cancellationToken).ConfigureAwait(false);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Slowed a burst from one person ({ActivityType}, {Verdict})")]
    private static partial void LogSlowed(ILogger logger, string activityType, FairUseVerdict verdict);
}
