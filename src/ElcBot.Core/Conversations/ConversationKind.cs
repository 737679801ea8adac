namespace ElcBot.Core.Conversations;

/// <summary>Where a conversation with the bot takes place in Teams.</summary>
public enum ConversationKind
{
    Personal,
    Channel,
    GroupChat,
}
