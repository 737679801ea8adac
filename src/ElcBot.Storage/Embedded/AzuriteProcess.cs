using System.Diagnostics;
using System.Net.Sockets;

namespace ElcBot.Storage.Embedded;

/// <summary>Runs Azurite's table service on loopback as a child process, with its data on disk.</summary>
/// <remarks>Used by the host when no storage is configured, and by tests and benchmarks that need their own.</remarks>
public sealed class AzuriteProcess : IAsyncDisposable
{
    private const int SignalInterrupt = 2;
    private readonly Process? _process;

    private AzuriteProcess(int port, Process? process)
    {
        Port = port;
        _process = process;
    }

    public int Port { get; }

    public string ConnectionString => AzuriteConnection.ForPort(Port);

    /// <summary>True when this object started the emulator (rather than finding one already listening).</summary>
    public bool Owned => _process is not null;

    public static async Task<AzuriteProcess> StartAsync(AzuriteOptions options, CancellationToken cancellationToken)
    {
        if (await AnswersAsync(options.Port, cancellationToken).ConfigureAwait(false))
        {
            return new AzuriteProcess(options.Port, process: null);
        }

        var toolDirectory = RepositoryRoot.Resolve(options.ToolDirectory);
        var tool = Path.Combine(toolDirectory, "node_modules", ".bin", "azurite-table");
        if (!File.Exists(tool))
        {
            throw new AzuriteStartException(
                $"Azurite is not installed at {tool}. Run scripts/run.sh (or 'npm ci' in tools/azurite) first.");
        }

        var data = RepositoryRoot.Resolve(options.DataDirectory);
        Directory.CreateDirectory(data);
        // The wrapper stops the emulator if this process dies without disposing it. Telemetry is off: nothing about a
        // local run leaves the machine, and with it on Azurite lingers about 10 s after closing, trying to send it.
        var start = new ProcessStartInfo("node")
        {
            ArgumentList = { Path.Combine(toolDirectory, "with-parent.js"), Environment.ProcessId.ToString(), "--tableHost", "127.0.0.1", "--tablePort", options.Port.ToString(), "--location", data, "--skipApiVersionCheck", "--disableProductStyleUrl", "--disableTelemetry" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new AzuriteStartException("Azurite did not start.");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new AzuriteStartException("Node.js was not found, and Azurite needs it. Install Node.js 20 or later, then try again.", e);
        }

        // Drain its output so the pipe never fills and blocks it; the last error line explains a failed start.
        string? lastError = null;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) => lastError = string.IsNullOrWhiteSpace(e.Data) ? lastError : e.Data.Trim();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var azurite = new AzuriteProcess(options.Port, process);
        var deadline = DateTime.UtcNow + options.StartTimeout;
        while (!await AnswersAsync(options.Port, cancellationToken).ConfigureAwait(false))
        {
            if (process.HasExited)
            {
                // Waiting for the exit also waits for its last output lines.
                await process.WaitForExitAsync(CancellationToken.None).ConfigureAwait(false);
                var exitCode = process.ExitCode;
                await azurite.DisposeAsync().ConfigureAwait(false);
                // A damaged data file is the usual cause, so say where the data is.
                throw new AzuriteStartException(
                    $"Azurite stopped while starting (exit code {exitCode}){(lastError is null ? string.Empty : $": {lastError.TrimEnd('.')}")}. Its data is in {data}.");
            }

            if (DateTime.UtcNow > deadline)
            {
                await azurite.DisposeAsync().ConfigureAwait(false);
                throw new AzuriteStartException($"Azurite did not answer on port {options.Port} within {options.StartTimeout.TotalSeconds:0} s.");
            }

            await Task.Delay(100, cancellationToken).ConfigureAwait(false);
        }

        return azurite;
    }

    /// <summary>Finds a free loopback port, for test runs that need an emulator of their own.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task<bool> AnswersAsync(int port, CancellationToken cancellationToken)
    {
        using var client = new TcpClient();
        try
        {
            await client.ConnectAsync("127.0.0.1", port, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    /// <summary>Stops the emulator the way Ctrl+C does, so it writes its data to disk first; ends it if it does not stop in time.</summary>
    /// <remarks>Azurite saves its tables every few seconds; ending it outright loses the writes since the last save.</remarks>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_process is null || _process.HasExited)
        {
            return;
        }

        if (!OperatingSystem.IsWindows() && Interrupt(_process.Id, SignalInterrupt) == 0)
        {
            using var patience = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            patience.CancelAfter(TimeSpan.FromSeconds(10));
            try
            {
                await _process.WaitForExitAsync(patience.Token).ConfigureAwait(false);
                return;
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // It did not stop in time: end it below.
            }
        }

        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync(CancellationToken.None).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        if (_process is null)
        {
            return;
        }

        await StopAsync(CancellationToken.None).ConfigureAwait(false);
        _process.Dispose();
    }

    // POSIX kill(2): .NET can only send SIGKILL to another process, and the wrapper passes SIGINT on to Azurite.
    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Interrupt(int processId, int signal);
}
