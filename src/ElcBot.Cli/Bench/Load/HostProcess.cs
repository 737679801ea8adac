using System.Diagnostics;

namespace ElcBot.Cli.Bench.Load;

/// <summary>A host started by `bench load-host` in a child process: its address, and its CPU time (that process only).</summary>
public sealed class HostProcess : IAsyncDisposable
{
    private readonly Process _process;

    private HostProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    public Uri Address { get; }

    /// <summary>CPU time the host process has used so far, on every core.</summary>
    public TimeSpan CpuTime
    {
        get
        {
            _process.Refresh();
            return _process.TotalProcessorTime;
        }
    }

    /// <param name="kind">"elcbot" or "echo".</param>
    /// <param name="settings">Settings as "Key=Value".</param>
    public static async Task<HostProcess> StartAsync(string kind, IEnumerable<string> settings, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        // Web apps, the service and the SDK's samples alike, run with the server garbage collector; this CLI is a console app.
        start.Environment["DOTNET_gcServer"] = "1";
        // Run as "dotnet ElcBot.Cli.dll" or as the app host, whichever started this process.
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet")
        {
            start.ArgumentList.Add(typeof(CliApp).Assembly.Location);
        }

        foreach (var word in new[] { "bench", "load-host", kind, "--urls=http://127.0.0.1:0", "--Logging:LogLevel:Default=Warning" }.Concat(settings.Select(s => "--" + s)))
        {
            start.ArgumentList.Add(word);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException($"The {kind} host did not start.");
        var listening = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null)
            {
                listening.TrySetException(new InvalidOperationException($"The {kind} host stopped before it was listening."));
            }
            else if (e.Data.StartsWith(LoadHostVerb.ListeningPrefix, StringComparison.Ordinal))
            {
                listening.TrySetResult(new Uri(e.Data[LoadHostVerb.ListeningPrefix.Length..]));
            }
            else
            {
                Console.Error.WriteLine($"[{kind} host] {e.Data}");
            }
        };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                Console.Error.WriteLine($"[{kind} host] {e.Data}");
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            var address = await listening.Task.WaitAsync(TimeSpan.FromMinutes(2), cancellationToken).ConfigureAwait(false);
            return new HostProcess(process, address);
        }
        catch
        {
            process.Kill(entireProcessTree: true);
            process.Dispose();
            throw;
        }
    }

    /// <summary>Ends the host at once (SIGKILL), as a crash or a pulled plug would: nothing in flight gets to finish.</summary>
    public async Task CrashAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync().ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        if (_process.HasExited)
        {
            _process.Dispose();
            return;
        }

        // Closing its input asks the host to stop; it gets a while to finish, then is ended.
        _process.StandardInput.Close();
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try
        {
            await _process.WaitForExitAsync(patience.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
    }
}
