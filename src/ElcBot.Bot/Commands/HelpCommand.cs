using ElcBot.Bot.Cards;
using ElcBot.Bot.Summaries;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace ElcBot.Bot.Commands;

/// <summary>`help`: the list of commands.</summary>
/// <remarks>Resolves the router lazily because the router is built from every handler, this one included.</remarks>
public sealed class HelpCommand(IServiceProvider services, PausedScheduleNotice pausedSchedule) : ICommandHandler
{
    public const string Name = "help";

    public BotCommand Command { get; } = new(Name, "See what I can do");

    public async Task HandleAsync(ITurnContext turnContext, string arguments, CancellationToken cancellationToken)
    {
        var router = services.GetRequiredService<CommandRouter>();
        var notice = await pausedSchedule.FindAsync(turnContext, cancellationToken).ConfigureAwait(false);
        await turnContext.SendActivityAsync(HelpCard.Build(router.Commands, notice).ToMessage(HelpCard.Title), cancellationToken).ConfigureAwait(false);
    }
}
