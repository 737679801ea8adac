namespace ElcBot.Core.Files;

/// <summary>Keeps offered files between the offer and the person's answer.</summary>
public interface IPendingFileStore
{
    Task SaveAsync(PendingFile file, CancellationToken cancellationToken);

    Task<PendingFile?> FindAsync(string fileId, CancellationToken cancellationToken);

    Task DeleteAsync(string fileId, CancellationToken cancellationToken);
}
