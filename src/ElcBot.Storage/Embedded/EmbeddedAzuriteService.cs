using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ElcBot.Storage.Embedded;

/// <summary>Starts Azurite with the host when no storage is configured, and stops it with the host.</summary>
public sealed partial class EmbeddedAzuriteService(IOptions<AzuriteOptions> options, ILogger<EmbeddedAzuriteService> logger)
    : IHostedService
{
    private AzuriteProcess? _azurite;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        _azurite = await AzuriteProcess.StartAsync(options.Value, cancellationToken).ConfigureAwait(false);
        LogStarted(logger, _azurite.Port, RepositoryRoot.Resolve(options.Value.DataDirectory), _azurite.Owned);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_azurite is not null)
        {
            await _azurite.DisposeAsync().ConfigureAwait(false);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Table Storage emulator on 127.0.0.1:{Port}, data in {DataDirectory} (started by this host: {Owned})")]
    private static partial void LogStarted(ILogger logger, int port, string dataDirectory, bool owned);
}
