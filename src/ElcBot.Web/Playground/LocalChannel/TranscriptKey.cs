namespace ElcBot.Web.Playground;

/// <summary>Which transcript a conversation id belongs to.</summary>
public static class TranscriptKey
{
    /// <summary>
    /// A channel post's replies arrive on "19:...@thread.tacv2;messageid=..." (its thread); the playground shows a
    /// channel as one stream, so a thread belongs to its channel's transcript.
    /// </summary>
    public static string Of(string conversationId)
    {
        var thread = conversationId.IndexOf(";messageid=", StringComparison.OrdinalIgnoreCase);
        return thread < 0 ? conversationId : conversationId[..thread];
    }
}
