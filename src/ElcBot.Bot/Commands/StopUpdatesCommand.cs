using ElcBot.Bot.Cards;
using ElcBot.Bot.Contributions;
using ElcBot.Core.Updates;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Logging;

namespace ElcBot.Bot.Commands;

/// <summary>`stop updates`: no more messages about what happens to the things the person shared or supported.</summary>
public sealed partial class StopUpdatesCommand(ContactPermissions permissions, ContributorIdentity identity, ILogger<StopUpdatesCommand> logger) : ICommandHandler
{
    public const string Stopped = "Done. I won't send you any more updates, and I've forgotten how to reach you for them. To hear again, tick \"Tell me what happens next\" when you share, or press \"Tell me what happens to this idea\" after you support one.";

    public BotCommand Command { get; } = new("stop updates", "Stop messages about what happens to what you shared or supported");

    public async Task HandleAsync(ITurnContext turnContext, string arguments, CancellationToken cancellationToken)
    {
        var key = identity.KeyOf(turnContext);
        if (key is null)
        {
            await turnContext.SendActivityAsync(MessageFactory.Text(NoticeCard.UnknownPerson), cancellationToken).ConfigureAwait(false);
            return;
        }

        var changed = await permissions.StopAsync(key, cancellationToken).ConfigureAwait(false);
        LogStopped(logger, changed);
        await turnContext.SendActivityAsync(MessageFactory.Text(Stopped), cancellationToken).ConfigureAwait(false);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Updates stopped for one person ({Items} items had permission)")]
    private static partial void LogStopped(ILogger logger, int items);
}
