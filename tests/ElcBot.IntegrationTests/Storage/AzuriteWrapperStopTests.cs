using System.Diagnostics;
using Azure.Data.Tables;
using ElcBot.Storage.Embedded;

namespace ElcBot.IntegrationTests.Storage;

/// <summary>
/// Ctrl+C in the terminal running <c>scripts/run.sh</c> interrupts every process in its group. The bot then finishes its
/// last requests and writes, and asks the emulator's wrapper (<c>tools/azurite/with-parent.js</c>) to stop. Azurite must
/// outlive those writes, and saves its tables on its first interrupt but exits at once, unsaved, on a second, so only
/// the wrapper interrupts it, once, when the bot asks.
/// </summary>
public sealed class AzuriteWrapperStopTests
{
    [Fact]
    public async Task Should_keep_taking_writes_after_ctrl_c_until_the_bot_asks_it_to_stop_and_then_save_them()
    {
        await using var azurite = Wrapped.Start(Environment.ProcessId);
        await azurite.WriteAsync("written-just-before-ctrl-c");

        Assert.Equal(0, PosixSignals.Send(-azurite.Process.Id, PosixSignals.Interrupt));
        await azurite.WriteAsync("written-while-the-bot-stops");
        Assert.Equal(0, PosixSignals.Send(azurite.Process.Id, PosixSignals.Terminate));
        await azurite.WaitForExitAsync();

        var saved = await azurite.SavedTextAsync();
        Assert.Contains("written-just-before-ctrl-c", saved);
        Assert.Contains("written-while-the-bot-stops", saved);
    }

    [Fact]
    public async Task Should_save_the_last_write_and_stop_when_the_process_that_started_it_is_gone()
    {
        using var parent = Process.Start(new ProcessStartInfo("sleep", "600"))!;
        await using var azurite = Wrapped.Start(parent.Id);
        await azurite.WriteAsync("written-before-the-bot-died");

        parent.Kill();
        await azurite.WaitForExitAsync();

        Assert.Contains("written-before-the-bot-died", await azurite.SavedTextAsync());
    }

    /// <summary>The wrapper run as the host runs it, but in a process group of its own.</summary>
    private sealed class Wrapped : IAsyncDisposable
    {
        private readonly string _data;
        private readonly TableClient _table;

        private Wrapped(Process process, string data, int port)
        {
            Process = process;
            _data = data;
            _table = new TableClient(AzuriteConnection.ForPort(port), "stopcheck");
        }

        public Process Process { get; }

        public static Wrapped Start(int parentId)
        {
            var data = Directory.CreateTempSubdirectory("elcbot-azurite-stop-").FullName;
            var port = AzuriteProcess.FreePort();
            // setsid gives the wrapper a process group of its own, as a terminal gives run.sh, so a test can interrupt
            // that whole group without interrupting the test run.
            var start = new ProcessStartInfo("setsid")
            {
                ArgumentList =
                {
                    "node", Path.Combine(RepositoryRoot.Resolve(new AzuriteOptions().ToolDirectory), "with-parent.js"), parentId.ToString(),
                    "--tableHost", "127.0.0.1", "--tablePort", port.ToString(), "--location", data,
                    "--skipApiVersionCheck", "--disableProductStyleUrl", "--disableTelemetry",
                },
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            var process = Process.Start(start)!;
            process.OutputDataReceived += (_, _) => { };
            process.ErrorDataReceived += (_, _) => { };
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            return new Wrapped(process, data, port);
        }

        public async Task WriteAsync(string words)
        {
            var deadline = DateTime.UtcNow.AddMinutes(2);
            while (true)
            {
                try
                {
                    await _table.CreateIfNotExistsAsync();
                    break;
                }
                // Refused connections while the emulator starts come back as one RequestFailedException or, once the
                // client's own retries run out first (a slow start on a busy machine), as an AggregateException of them.
                catch (Exception ex) when (ex is Azure.RequestFailedException or AggregateException && DateTime.UtcNow < deadline)
                {
                    await Task.Delay(200);
                }
            }

            await _table.AddEntityAsync(new TableEntity("p", words) { ["Words"] = words });
        }

        public async Task WaitForExitAsync()
        {
            using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            await Process.WaitForExitAsync(patience.Token);
        }

        public Task<string> SavedTextAsync() => File.ReadAllTextAsync(Path.Combine(_data, "__azurite_db_table__.json"));

        public ValueTask DisposeAsync()
        {
            if (!Process.HasExited)
            {
                Process.Kill(entireProcessTree: true);
            }

            Process.Dispose();
            Directory.Delete(_data, recursive: true);
            return ValueTask.CompletedTask;
        }
    }
}
