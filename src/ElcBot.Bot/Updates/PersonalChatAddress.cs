using System.Text.Json;
using ElcBot.Bot.Installation;
using Microsoft.Bot.Schema;

namespace ElcBot.Bot.Updates;

/// <summary>What the bot needs to message one person directly: their Teams id, the bot, the service and, when known, the chat.</summary>
/// <param name="ChannelId">The channel (msteams).</param>
/// <param name="ServiceUrl">Where the bot sends messages for this person's tenant.</param>
/// <param name="BotId">The bot's id in Teams.</param>
/// <param name="UserId">The person's Teams user id (kept sealed at rest).</param>
/// <param name="TenantId">The tenant the conversation belongs to.</param>
/// <param name="ConversationId">The personal chat, when the person asked from it; otherwise Teams opens it when needed.</param>
public sealed record PersonalChatAddress(string ChannelId, string ServiceUrl, string BotId, string UserId, string? TenantId, string? ConversationId)
{
    /// <summary>The address of the person acting in this turn; null when the activity does not say who they are.</summary>
    public static PersonalChatAddress? Of(IActivity activity)
    {
        if (string.IsNullOrWhiteSpace(activity.From?.Id) || string.IsNullOrWhiteSpace(activity.Recipient?.Id) || string.IsNullOrWhiteSpace(activity.ServiceUrl))
        {
            return null;
        }

        var personal = ConversationRegistrar.KindOf(activity) == Core.Conversations.ConversationKind.Personal;
        return new PersonalChatAddress(activity.ChannelId, activity.ServiceUrl, activity.Recipient.Id, activity.From.Id,
            ConversationRegistrar.TenantOf(activity), personal ? activity.Conversation?.Id : null);
    }

    public string ToJson() => JsonSerializer.Serialize(this);

    public static PersonalChatAddress? FromJson(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<PersonalChatAddress>(json);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
