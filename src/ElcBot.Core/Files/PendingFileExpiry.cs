using ElcBot.Core.Summaries.Scheduling;

namespace ElcBot.Core.Files;

/// <summary>Deletes offered files nobody answered within <see cref="PendingFile.Lifetime"/>, so copies of people's words do not pile up.</summary>
/// <remarks>Every instance runs it; deleting a file another instance deleted first is harmless.</remarks>
public sealed class PendingFileExpiry(IPendingFileStore files) : IScheduledWork
{
    public async Task<int> RunDueAsync(DateTimeOffset nowUtc, CancellationToken cancellationToken)
    {
        var deleted = 0;
        foreach (var file in await files.ListWaitingAsync(cancellationToken).ConfigureAwait(false))
        {
            if (PendingFile.HasExpired(file.OfferedAt, nowUtc))
            {
                await files.DeleteAsync(file.FileId, cancellationToken).ConfigureAwait(false);
                deleted++;
            }
        }

        return deleted;
    }
}
