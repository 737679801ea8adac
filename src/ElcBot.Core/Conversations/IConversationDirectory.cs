namespace ElcBot.Core.Conversations;

/// <summary>Remembers the conversations the bot was added to, for proactive posts.</summary>
public interface IConversationDirectory
{
    Task SaveAsync(InstalledConversation conversation, CancellationToken cancellationToken);

    Task<InstalledConversation?> FindAsync(string conversationId, CancellationToken cancellationToken);
}
