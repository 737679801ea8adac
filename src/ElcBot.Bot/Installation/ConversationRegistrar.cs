using ElcBot.Core.Conversations;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Bot.Schema.Teams;
using Newtonsoft.Json;

namespace ElcBot.Bot.Installation;

/// <summary>Keeps the conversation reference of every conversation the bot joins, for proactive posts later.</summary>
public sealed class ConversationRegistrar(IConversationDirectory directory, TimeProvider time)
{
    /// <summary>Teams may send both conversationUpdate and installationUpdate for one install: welcome once.</summary>
    private static readonly TimeSpan RepeatWindow = TimeSpan.FromMinutes(10);

    /// <returns>True when this is a new install (the caller should say hello).</returns>
    public async Task<bool> RegisterAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        var now = time.GetUtcNow();
        var existing = await directory.FindAsync(activity.Conversation.Id, cancellationToken).ConfigureAwait(false);
        var reference = activity.GetConversationReference();
        await directory.SaveAsync(
            new InstalledConversation(
                activity.Conversation.Id,
                KindOf(activity),
                TenantOf(activity),
                ChannelData(activity)?.Team?.Id,
                activity.ServiceUrl,
                JsonConvert.SerializeObject(reference),
                now),
            cancellationToken).ConfigureAwait(false);
        return existing is null || now - existing.InstalledAt > RepeatWindow;
    }

    public static ConversationKind KindOf(IActivity activity) => activity.Conversation?.ConversationType switch
    {
        "channel" => ConversationKind.Channel,
        "groupChat" => ConversationKind.GroupChat,
        _ => ConversationKind.Personal,
    };

    public static string? TenantOf(IActivity activity) =>
        activity.Conversation?.TenantId ?? ChannelData(activity)?.Tenant?.Id;

    /// <summary>The Teams channel data, or null when it is not Teams-shaped (the SDK's reader throws on that).</summary>
    private static TeamsChannelData? ChannelData(IActivity activity)
    {
        try
        {
            return (activity as Activity)?.GetChannelData<TeamsChannelData>();
        }
        catch (Exception exception) when (exception is JsonException or InvalidCastException or ArgumentException)
        {
            return null;
        }
    }
}
