namespace ElcBot.Core.Files;

/// <summary>A file too large to keep while it waits for the person to allow it; nothing of it was kept.</summary>
public sealed class PendingFileTooLargeException(string message) : Exception(message);
