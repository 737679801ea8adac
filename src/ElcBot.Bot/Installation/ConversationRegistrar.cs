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
        await directory.SaveAsync(Record(activity, activity.Conversation.Id, activity.GetConversationReference(), now), cancellationToken).ConfigureAwait(false);
        return existing is null || now - existing.InstalledAt > RepeatWindow;
    }

    /// <summary>
    /// Keeps the address of the channel or group chat this turn came from, if none is kept yet, without a welcome.
    /// </summary>
    /// <remarks>
    /// Installing the bot in a team tells it only about the General channel, so a round started in any other channel
    /// would have nowhere to post its summaries. An address already kept (an install's) is left as it is. The channel
    /// itself is kept, not the thread the turn came from, so a later post starts a new post in the channel.
    /// </remarks>
    public async Task RememberAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        if (activity.Conversation?.Id is not { Length: > 0 } id || KindOf(activity) == ConversationKind.Personal)
        {
            return;
        }

        var channel = ConversationIds.Base(id);
        if (await directory.FindAsync(channel, cancellationToken).ConfigureAwait(false) is not null)
        {
            return;
        }

        var reference = activity.GetConversationReference();
        var conversation = activity.Conversation;
        reference.Conversation = new ConversationAccount(
            isGroup: conversation.IsGroup, conversationType: conversation.ConversationType, id: channel, name: conversation.Name, tenantId: conversation.TenantId);
        // The message the turn answered is of no use to a later post.
        reference.ActivityId = null;
        await directory.SaveAsync(Record(activity, channel, reference, time.GetUtcNow()), cancellationToken).ConfigureAwait(false);
    }

    public static ConversationKind KindOf(IActivity activity) => activity.Conversation?.ConversationType switch
    {
        "channel" => ConversationKind.Channel,
        "groupChat" => ConversationKind.GroupChat,
        _ => ConversationKind.Personal,
    };

    public static string? TenantOf(IActivity activity) =>
        activity.Conversation?.TenantId ?? ChannelData(activity)?.Tenant?.Id;

    private static InstalledConversation Record(IActivity activity, string conversationId, ConversationReference reference, DateTimeOffset now) =>
        new(conversationId, KindOf(activity), TenantOf(activity), ChannelData(activity)?.Team?.Id, activity.ServiceUrl, JsonConvert.SerializeObject(reference), now);

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
