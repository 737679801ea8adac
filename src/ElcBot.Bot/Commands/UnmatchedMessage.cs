using ElcBot.Bot.Cards;
using ElcBot.Bot.Contributions;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging;

namespace ElcBot.Bot.Commands;

/// <summary>A message that is no command: thanks, a slip of the keys, a story told straight to the bot, or words it does not know.</summary>
public sealed partial class UnmatchedMessage(CommandRouter commands, ChatSharing chatSharing, ILogger<UnmatchedMessage> logger)
{
    /// <param name="turnContext">The turn.</param>
    /// <param name="text">The message read as a command (<see cref="CommandText.From"/>).</param>
    /// <param name="cancellationToken">Cancellation.</param>
    public async Task AnswerAsync(ITurnContext<IMessageActivity> turnContext, string text, CancellationToken cancellationToken)
    {
        if (Thanks.Is(text))
        {
            await turnContext.SendActivityAsync(MessageFactory.Text(Thanks.Reply), cancellationToken).ConfigureAwait(false);
            return;
        }

        // A near miss of a command is a slip, even when it is long: "sumary of this week please".
        var meant = CommandSpelling.Nearest(text, commands.Commands);
        if (meant is null && await chatSharing.TryAnswerStoryAsync(turnContext, cancellationToken).ConfigureAwait(false))
        {
            LogReadAsStory(logger, text.Length);
            return;
        }

        LogNotUnderstood(logger, text.Length);
        var reply = meant is null ? NotUnderstoodReply.Text : NotUnderstoodReply.DidYouMean(meant.Name);
        await turnContext.SendActivityAsync(MessageFactory.Text(reply), cancellationToken).ConfigureAwait(false);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Message not understood ({Length} characters)")]
    private static partial void LogNotUnderstood(ILogger logger, int length);

    [LoggerMessage(Level = LogLevel.Information, Message = "Message read as something to share ({Length} characters): offered the story form, or said why it cannot be kept")]
    private static partial void LogReadAsStory(ILogger logger, int length);
}
