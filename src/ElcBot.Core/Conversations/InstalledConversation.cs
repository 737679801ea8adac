namespace ElcBot.Core.Conversations;

/// <summary>A conversation the bot has been added to (or a channel of its team where a round was started), kept so the bot can post into it later.</summary>
/// <param name="ConversationId">The Teams conversation id.</param>
/// <param name="Kind">Personal chat, team channel or group chat.</param>
/// <param name="TenantId">The tenant the conversation belongs to.</param>
/// <param name="TeamId">The team, for channel conversations.</param>
/// <param name="ServiceUrl">Where the bot sends messages for this conversation.</param>
/// <param name="ReferenceJson">The channel's own conversation reference, opaque to the domain.</param>
/// <param name="InstalledAt">When the bot was added, or first kept the address of a channel it was not installed from.</param>
public sealed record InstalledConversation(
    string ConversationId,
    ConversationKind Kind,
    string? TenantId,
    string? TeamId,
    string ServiceUrl,
    string ReferenceJson,
    DateTimeOffset InstalledAt);
