using ElcBot.Core.Themes;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ElcBot.Clustering.Embedding;

/// <summary>Embeds queued contributions in the background and stores each vector with its contribution.</summary>
public sealed partial class EmbeddingWorker(EmbeddingQueue queue, ITextEmbedder embedder, IContributionVectorStore store, ILogger<EmbeddingWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var reader = queue.Reader;
        var batch = new List<PendingEmbedding>(MiniLmTextEmbedder.BatchSize);
        while (await reader.WaitToReadAsync(stoppingToken).ConfigureAwait(false))
        {
            // Take whatever has piled up (up to one model batch) so a busy round is embedded in bulk.
            batch.Clear();
            while (batch.Count < MiniLmTextEmbedder.BatchSize && reader.TryRead(out var item))
            {
                batch.Add(item);
            }

            await EmbedAndSaveAsync(batch, stoppingToken).ConfigureAwait(false);
        }
    }

    private async Task EmbedAndSaveAsync(IReadOnlyList<PendingEmbedding> batch, CancellationToken cancellationToken)
    {
        try
        {
            // Vectors a summary already made are only stored; the rest are embedded together first.
            var toEmbed = batch.Where(b => b.Vector is null).ToArray();
            var made = toEmbed.Length == 0 ? [] : await embedder.EmbedAsync(toEmbed.Select(b => b.Text).ToArray(), cancellationToken).ConfigureAwait(false);
            var next = 0;
            foreach (var item in batch)
            {
                await store.SaveVectorAsync(item.RoundId, item.ContributionId, item.Vector ?? made[next++], cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception) when (cancellationToken.IsCancellationRequested)
        {
            // Stopping: the model reports a run cut short in its own exception type, not as a cancellation, and it is no
            // failure. What was not embedded is embedded when a summary needs it.
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Not fatal: anything without a vector is embedded when a summary needs it.
            LogFailed(ex, batch.Count);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Embedding {Count} queued contributions failed; they will be embedded when a summary needs them")]
    private partial void LogFailed(Exception exception, int count);
}
