using System.Diagnostics;
using System.Net.Sockets;

namespace ElcBot.Storage.Embedded;

/// <summary>Runs Azurite's table service on loopback as a child process, with its data on disk.</summary>
/// <remarks>Used by the host when no storage is configured, and by tests and benchmarks that need their own.</remarks>
public sealed class AzuriteProcess : IAsyncDisposable
{
    private const int SignalTerminate = 15;
    private const int SignalKill = 9;

    // The wrapper's first line names the emulator it started (tools/azurite/with-parent.js).
    private const string EmulatorIdLine = "azurite-table pid ";

    // Azurite prints this once its tables are on disk (Azurite 3.x, table/main.js).
    private const string SavedAndClosedLine = "Azurite Table service successfully closed";

    private readonly Process? _process;
    private readonly TaskCompletionSource _savedAndClosed = new(TaskCreationOptions.RunContinuationsAsynchronously);

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
            return await AzuritePortProbe.IsAzuriteAsync(options.Port, cancellationToken).ConfigureAwait(false)
                ? new AzuriteProcess(options.Port, process: null)
                : throw new AzuriteStartException(AzuritePortProbe.NotAzurite(options.Port));
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

        // Drain its output so the pipe never fills and blocks it; the last error line explains a failed start, and the
        // closing line tells StopAsync its data is saved.
        var azurite = new AzuriteProcess(options.Port, process);
        string? lastError = null;
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data?.Contains(SavedAndClosedLine, StringComparison.Ordinal) == true)
            {
                azurite._savedAndClosed.TrySetResult();
            }
            else if (e.Data?.StartsWith(EmulatorIdLine, StringComparison.Ordinal) == true && int.TryParse(e.Data.AsSpan(EmulatorIdLine.Length), out var id))
            {
                azurite.EmulatorProcessId = id;
            }
        };
        process.ErrorDataReceived += (_, e) => lastError = string.IsNullOrWhiteSpace(e.Data) ? lastError : e.Data.Trim();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

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

    /// <summary>Asks the wrapper to stop the emulator cleanly, so it writes its data to disk first; ends it once it has, or if it does not stop in time.</summary>
    /// <remarks>Azurite saves its tables every few seconds; ending it outright loses the writes since the last save.</remarks>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_process is null || _process.HasExited)
        {
            return;
        }

        if (!OperatingSystem.IsWindows() && Signal(_process.Id, SignalTerminate) == 0)
        {
            using var patience = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            patience.CancelAfter(TimeSpan.FromSeconds(10));
            // Once its data is saved, Azurite still waits for clients to drop their idle keep-alive connections, and
            // this process holds some of those until it exits itself; so it is ended as soon as it says it is closed.
            var exited = _process.WaitForExitAsync(patience.Token);
            await Task.WhenAny(exited, _savedAndClosed.Task.WaitAsync(patience.Token)).ConfigureAwait(false);
            if (exited.IsCompletedSuccessfully)
            {
                return;
            }

            cancellationToken.ThrowIfCancellationRequested();
        }

        EndOutright();
        await _process.WaitForExitAsync(CancellationToken.None).ConfigureAwait(false);
    }

    /// <summary>The emulator's id, once the wrapper has named it; for tests that check nothing is left behind.</summary>
    public int? EmulatorProcessId { get; private set; }

    /// <summary>Ends the emulator and then its wrapper, without waiting for either to save.</summary>
    /// <remarks>
    /// Not <c>Kill(entireProcessTree)</c>: on Linux it stops each process before killing it, and a failure part-way (a
    /// process list that changes under it on a busy machine) has left Azurite stopped, orphaned and holding its port.
    /// Azurite runs in a process group of its own, so killing that group ends it and anything it started.
    /// </remarks>
    private void EndOutright()
    {
        if (!OperatingSystem.IsWindows() && EmulatorProcessId is { } emulator)
        {
            Signal(-emulator, SignalKill);
            _process!.Kill();
            return;
        }

        _process!.Kill(entireProcessTree: true);
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

    // POSIX kill(2): .NET can only send SIGKILL to another process. The wrapper takes SIGTERM as the bot's request and
    // interrupts Azurite once, which is how Azurite saves and stops (see tools/azurite/with-parent.js).
    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Signal(int processId, int signal);
}
