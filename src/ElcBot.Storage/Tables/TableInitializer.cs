using Azure;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ElcBot.Storage.Tables;

/// <summary>Creates the service's tables at start-up, retrying in the background while storage is unreachable.</summary>
/// <remarks>The host must come up even when storage is down, so /healthz can say so.</remarks>
public sealed partial class TableInitializer(ElcTables tables, ILogger<TableInitializer> logger) : BackgroundService
{
    private static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(5);

    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes once every table exists.</summary>
    public Task Ready => _ready.Task;

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        // Try once before the host starts serving, so the first turn finds its tables.
        if (await TryCreateAsync(cancellationToken).ConfigureAwait(false))
        {
            _ready.TrySetResult();
        }

        await base.StartAsync(cancellationToken).ConfigureAwait(false);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!_ready.Task.IsCompleted && !stoppingToken.IsCancellationRequested)
        {
            await Task.Delay(RetryDelay, stoppingToken).ConfigureAwait(false);
            if (await TryCreateAsync(stoppingToken).ConfigureAwait(false))
            {
                _ready.TrySetResult();
            }
        }
    }

    private async Task<bool> TryCreateAsync(CancellationToken cancellationToken)
    {
        try
        {
            await tables.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status is 401 or 403)
        {
            // Storage answered and said no: waiting will not help until someone puts the key or the identity's access right.
            LogRefused(logger, ex.Status, ex.ErrorCode);
            return false;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogUnreachable(logger, ex);
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Table Storage refused ElcBot (status {Status}, {ErrorCode}): check the account key in Storage__ConnectionString, or that the managed identity may use the account's tables; will retry creating tables")]
    private static partial void LogRefused(ILogger logger, int status, string? errorCode);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Table Storage is unreachable; will retry creating tables")]
    private static partial void LogUnreachable(ILogger logger, Exception exception);
}
