using ElcBot.Core.Updates;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Logging;

namespace ElcBot.Bot.Updates;

/// <summary>Keeps (sealed) how to reach the person in this turn, once they have asked to be told what happens.</summary>
public sealed partial class ContactCapture(ContactBook contacts, ILogger<ContactCapture> logger)
{
    public async Task RememberAsync(ITurnContext turnContext, string contributorKey, CancellationToken cancellationToken)
    {
        if (PersonalChatAddress.Of(turnContext.Activity) is not { } address)
        {
            // Without an address the person is skipped when an update goes out; their permission is still recorded.
            LogNoAddress(logger);
            return;
        }

        await contacts.RememberAsync(contributorKey, address.ToJson(), cancellationToken).ConfigureAwait(false);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not keep an address for updates: the activity does not say who sent it")]
    private static partial void LogNoAddress(ILogger logger);
}
