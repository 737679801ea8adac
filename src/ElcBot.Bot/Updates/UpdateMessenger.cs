using ElcBot.Bot.Cards;
using ElcBot.Bot.Proactive;
using ElcBot.Core.Updates;

namespace ElcBot.Bot.Updates;

/// <summary>Sends an update to one person's personal chat: into the chat they asked from, or one Teams opens.</summary>
/// <remarks>
/// Teams answers 403 or 404 when the person removed the bot (or it shares no team with them any more): they are skipped,
/// and so is anyone Teams cannot be reached for after the retries; only cancellation stops the run.
/// </remarks>
public sealed class UpdateMessenger(PersonalChats chats) : IUpdateNotifier
{
    public async Task<NotifyOutcome> NotifyAsync(string address, UpdateNotice notice, CancellationToken cancellationToken)
    {
        if (PersonalChatAddress.FromJson(address) is not { } to)
        {
            return NotifyOutcome.AddressUnusable;
        }

        var message = UpdateNoticeCard.Build(notice).ToMessage(UpdateNoticeCard.Title);
        return await chats.SendAsync(to, message, cancellationToken).ConfigureAwait(false) switch
        {
            PersonalSend.Sent => NotifyOutcome.Sent,
            PersonalSend.Refused => NotifyOutcome.Unreachable,
            PersonalSend.Unusable => NotifyOutcome.AddressUnusable,
            _ => NotifyOutcome.Failed,
        };
    }
}
