using System.Collections.Concurrent;
using ElcBot.Core.Files;

namespace ElcBot.Tests.Fakes;

/// <summary>Offered files in a dictionary, for turn tests.</summary>
public sealed class FakePendingFileStore : IPendingFileStore
{
    public ConcurrentDictionary<string, PendingFile> Saved { get; } = new();

    /// <summary>Refuse every file as Table Storage refuses one too large to keep even compressed.</summary>
    public bool RefuseAsTooLarge { get; set; }

    public Task SaveAsync(PendingFile file, CancellationToken cancellationToken)
    {
        if (RefuseAsTooLarge)
        {
            throw new PendingFileTooLargeException("Too large to keep.");
        }

        Saved[file.FileId] = file;
        return Task.CompletedTask;
    }

    public Task<PendingFile?> FindAsync(string fileId, CancellationToken cancellationToken) =>
        Task.FromResult(Saved.TryGetValue(fileId, out var f) ? f : null);

    public Task<IReadOnlyList<WaitingFile>> ListWaitingAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<WaitingFile>>([.. Saved.Values.Select(f => new WaitingFile(f.FileId, f.RoundId, f.OfferedAt))]);

    public Task DeleteAsync(string fileId, CancellationToken cancellationToken)
    {
        Saved.TryRemove(fileId, out _);
        return Task.CompletedTask;
    }
}
