using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ElcBot.Storage.Tables;

/// <summary>Healthy only when Table Storage answers a cheap query within a few seconds.</summary>
public sealed class StorageHealthCheck(ElcTables tables) : IHealthCheck
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(3);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        try
        {
            await tables.Get(TableNames.Conversations)
                .QueryAsync<Azure.Data.Tables.TableEntity>(maxPerPage: 1, select: ["PartitionKey"], cancellationToken: timeout.Token)
                .AsPages(pageSizeHint: 1)
                .GetAsyncEnumerator(timeout.Token)
                .MoveNextAsync()
                .ConfigureAwait(false);
            return HealthCheckResult.Healthy("Table Storage answers.");
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy("Table Storage does not answer.", ex);
        }
    }
}
