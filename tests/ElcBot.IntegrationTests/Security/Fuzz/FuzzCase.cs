namespace ElcBot.IntegrationTests.Security.Fuzz;

/// <summary>One malformed request: what was done to it (to reproduce a failure), and the bytes to post.</summary>
/// <param name="ConversationId">The conversation the activity names, when it still names one as a string.</param>
/// <param name="IsInvoke">An invoke activity, which the SDK answers with the invoke's own status.</param>
public sealed record FuzzCase(int Index, string Description, byte[] Body, string? ContentType, string? ConversationId, bool IsInvoke)
{
    public override string ToString() => $"#{Index}: {Description}";
}
