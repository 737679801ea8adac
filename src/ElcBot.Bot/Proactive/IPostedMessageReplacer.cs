using Microsoft.Bot.Schema;

namespace ElcBot.Bot.Proactive;

/// <summary>Changes a message the bot posted earlier, outside any turn, at the address kept when it was posted.</summary>
/// <remarks>An interface so erasers can be tested without Teams; <see cref="ProactivePoster"/> does it for real.</remarks>
public interface IPostedMessageReplacer
{
    /// <returns><see cref="ProactiveOutcome.BotRemoved"/> when Teams refuses (the bot is no longer there); a failure left after retries is thrown.</returns>
    Task<ProactiveOutcome> ReplaceAsync(ConversationReference reference, string messageId, IActivity activity, CancellationToken cancellationToken);
}
