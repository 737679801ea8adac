using Microsoft.Bot.Builder;

namespace ElcBot.Bot.Commands;

/// <summary>Handles one typed command. Each command has its own handler, registered in DI.</summary>
public interface ICommandHandler
{
    BotCommand Command { get; }

    /// <param name="turnContext">The turn.</param>
    /// <param name="arguments">What followed the command word, trimmed (may be empty).</param>
    /// <param name="cancellationToken">The turn's cancellation.</param>
    Task HandleAsync(ITurnContext turnContext, string arguments, CancellationToken cancellationToken);
}
