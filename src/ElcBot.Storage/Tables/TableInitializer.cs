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
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogUnreachable(logger, ex);
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Table Storage is unreachable; will retry creating tables")]
    private static partial void LogUnreachable(ILogger logger, Exception exception);
}
