namespace ElcBot.Core.Files;

/// <summary>An offered file still waiting for an answer, without its content: enough to decide whether it should go.</summary>
public sealed record WaitingFile(string FileId, string? RoundId, DateTimeOffset OfferedAt);
