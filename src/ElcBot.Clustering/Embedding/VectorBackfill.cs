using ElcBot.Core.Contributions;
using ElcBot.Core.Rounds;
using ElcBot.Core.Themes;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ElcBot.Clustering.Embedding;

/// <summary>
/// Once at start-up, queues every contribution of an open round that has no stored vector: rows from before the
/// pooling changed (their old vectors are left unread), and any the worker missed while the service was down, so the
/// next summary does not have to embed them while someone waits. Closed rounds are left to their next summary, which
/// embeds what is missing and hands the vectors to the worker to keep.
/// </summary>
public sealed partial class VectorBackfill(IRoundStore rounds, IContributionStore contributions, IPendingEmbeddings pending, ILogger<VectorBackfill> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            var queued = 0;
            foreach (var round in await rounds.ListOpenAsync(stoppingToken).ConfigureAwait(false))
            {
                var listed = await contributions.ListAsync(round.Id, null, stoppingToken).ConfigureAwait(false);
                queued += listed.Count(c => c.Vector is not { Length: > 0 } && pending.TryEnqueue(c.RoundId, c.Id, c.Text));
            }

            if (queued > 0)
            {
                LogQueued(queued);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Not fatal: a summary embeds whatever still has no vector.
            LogFailed(ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Queued {Count} contributions of open rounds that had no stored vector")]
    private partial void LogQueued(int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Looking for contributions without a vector failed; summaries will embed them")]
    private partial void LogFailed(Exception exception);
}
