namespace ElcBot.Core.Files;

/// <summary>Keeps offered files between the offer and the person's answer.</summary>
public interface IPendingFileStore
{
    /// <exception cref="PendingFileTooLargeException">The file is too large to keep; nothing of it was kept.</exception>
    Task SaveAsync(PendingFile file, CancellationToken cancellationToken);

    Task<PendingFile?> FindAsync(string fileId, CancellationToken cancellationToken);

    /// <summary>Every file still waiting for an answer, without its content.</summary>
    Task<IReadOnlyList<WaitingFile>> ListWaitingAsync(CancellationToken cancellationToken);

    /// <summary>Deletes the file; a file already gone is not an error.</summary>
    Task DeleteAsync(string fileId, CancellationToken cancellationToken);
}
