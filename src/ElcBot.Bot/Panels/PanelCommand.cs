using ElcBot.Bot.Commands;
using ElcBot.Bot.Facilitation;
using ElcBot.Bot.Summaries;
using ElcBot.Core.Summaries;
using Microsoft.Bot.Builder;

namespace ElcBot.Bot.Panels;

/// <summary>`panel ...`: the review panel's commands, one word each after `panel`; `panel` alone lists the panel.</summary>
/// <remarks>One command, not five, so the panel takes one place in Teams' ten-command menus and leaves room for contributors' commands.</remarks>
public sealed class PanelCommand(IEnumerable<IPanelSubcommand> subcommands, IFacilitatorCheck facilitators, ISummaryRounds rounds) : ICommandHandler
{
    public const string Usage = "I know these: **panel add @name**, **panel remove @name**, **panel list**, **panel log** and **panel publish**.";

    private readonly Dictionary<string, IPanelSubcommand> _subcommands = subcommands.ToDictionary(s => s.Word, StringComparer.OrdinalIgnoreCase);

    public BotCommand Command { get; } = new("panel", "A review panel checks summaries first: panel add @name, panel remove @name, panel list, panel log, panel publish", FacilitatorsOnly: true);

    public async Task HandleAsync(ITurnContext turnContext, string arguments, CancellationToken cancellationToken)
    {
        var parts = arguments.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var word = parts.Length == 0 ? "list" : parts[0];
        if (_subcommands.TryGetValue(word, out var subcommand))
        {
            var round = await RoundCommands.FindRoundAsync(turnContext, facilitators, rounds, cancellationToken).ConfigureAwait(false);
            if (round is not null)
            {
                await subcommand.HandleAsync(turnContext, round, parts.Length > 1 ? parts[1] : string.Empty, cancellationToken).ConfigureAwait(false);
            }

            return;
        }

        var allowed = await facilitators.IsFacilitatorAsync(turnContext, cancellationToken).ConfigureAwait(false);
        await turnContext.SendActivityAsync(MessageFactory.Text(allowed ? Usage : FacilitatorReplies.NotAllowed), cancellationToken).ConfigureAwait(false);
    }
}
