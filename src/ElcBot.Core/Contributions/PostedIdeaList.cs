namespace ElcBot.Core.Contributions;

/// <summary>An ideas list the bot posted in a chat, kept so it can be changed when an idea it shows is erased.</summary>
/// <param name="RoundId">The round whose ideas it lists.</param>
/// <param name="ConversationId">The conversation it was posted in, a channel thread's own id included.</param>
/// <param name="MessageId">The id Teams gave the message.</param>
/// <param name="ReferenceJson">Where to reach the message again (the channel's conversation reference, without the person), opaque to the domain.</param>
/// <param name="Page">The page it shows.</param>
/// <param name="ShownIdeaIds">The ideas it shows.</param>
/// <param name="PostedAt">When it was posted.</param>
/// <param name="ChatOwnerKey">
/// In someone's personal chat with the bot, their contributor key, so "forget me" finds the lists in their chat; null
/// in channels and group chats.
/// </param>
public sealed record PostedIdeaList(
    string RoundId,
    string ConversationId,
    string MessageId,
    string ReferenceJson,
    int Page,
    IReadOnlyList<string> ShownIdeaIds,
    DateTimeOffset PostedAt,
    string? ChatOwnerKey = null);
