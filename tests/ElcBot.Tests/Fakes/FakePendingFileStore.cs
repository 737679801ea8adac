using System.Collections.Concurrent;
using ElcBot.Core.Files;

namespace ElcBot.Tests.Fakes;

/// <summary>Offered files in a dictionary, for turn tests.</summary>
public sealed class FakePendingFileStore : IPendingFileStore
{
    public ConcurrentDictionary<string, PendingFile> Saved { get; } = new();

    public Task SaveAsync(PendingFile file, CancellationToken cancellationToken)
    {
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
