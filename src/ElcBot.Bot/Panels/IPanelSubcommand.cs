using ElcBot.Core.Summaries;
using Microsoft.Bot.Builder;

namespace ElcBot.Bot.Panels;

/// <summary>One of the words after `panel` (add, remove, list, log, publish), with its own handler.</summary>
/// <remarks>Every word works on the channel's round, found by <see cref="PanelCommand"/> (facilitators only) before it is called.</remarks>
public interface IPanelSubcommand
{
    /// <summary>The word after `panel`, in lower case.</summary>
    string Word { get; }

    /// <param name="turnContext">The turn.</param>
    /// <param name="round">The round this channel is running.</param>
    /// <param name="arguments">What followed the word, trimmed.</param>
    /// <param name="cancellationToken">The turn's cancellation.</param>
    Task HandleAsync(ITurnContext turnContext, SummaryRound round, string arguments, CancellationToken cancellationToken);
}
