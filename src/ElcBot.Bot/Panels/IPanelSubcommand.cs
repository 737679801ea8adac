using Microsoft.Bot.Builder;

namespace ElcBot.Bot.Panels;

/// <summary>One of the words after `panel` (add, remove, list, log, publish), with its own handler.</summary>
public interface IPanelSubcommand
{
    /// <summary>The word after `panel`, in lower case.</summary>
    string Word { get; }

    /// <param name="turnContext">The turn.</param>
    /// <param name="arguments">What followed the word, trimmed.</param>
    /// <param name="cancellationToken">The turn's cancellation.</param>
    Task HandleAsync(ITurnContext turnContext, string arguments, CancellationToken cancellationToken);
}
