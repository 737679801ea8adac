using ElcBot.Bot.Proactive;
using ElcBot.Bot.Updates;
using ElcBot.Core.Panels;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging;

namespace ElcBot.Bot.Panels;

/// <summary>Sends a panel member a message in their personal chat with the bot, starting the chat if needed.</summary>
/// <remarks>The address kept when the person joined the panel says where (service URL, bot and tenant).</remarks>
public sealed partial class PanelChats(PersonalChats chats, ILogger<PanelChats> logger)
{
    /// <returns>False when Teams would not let the bot reach them (logged, never thrown: the others still get theirs).</returns>
    public async Task<bool> SendAsync(PanelMember member, IActivity activity, CancellationToken cancellationToken)
    {
        var address = member.Address;
        var to = new PersonalChatAddress(address.ChannelId, address.ServiceUrl, address.BotId, member.UserId, address.TenantId, ConversationId: null);
        var outcome = await chats.SendAsync(to, activity, cancellationToken).ConfigureAwait(false);
        if (outcome != PersonalSend.Sent)
        {
            LogNotReached(logger, member.RoundId, outcome);
        }

        return outcome == PersonalSend.Sent;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not reach a panel member of round {RoundId} in personal chat ({Outcome})")]
    private static partial void LogNotReached(ILogger logger, string roundId, PersonalSend outcome);
}
