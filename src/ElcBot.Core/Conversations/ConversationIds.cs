namespace ElcBot.Core.Conversations;

/// <summary>Teams conversation ids as the bot should compare them.</summary>
public static class ConversationIds
{
    /// <summary>
    /// The channel itself for a message in one of its threads: Teams sends "19:...@thread.tacv2;messageid=123"
    /// for replies, and the same channel without the suffix for new posts.
    /// </summary>
    public static string Base(string conversationId)
    {
        var cut = conversationId.IndexOf(";messageid=", StringComparison.OrdinalIgnoreCase);
        return cut < 0 ? conversationId : conversationId[..cut];
    }
}
