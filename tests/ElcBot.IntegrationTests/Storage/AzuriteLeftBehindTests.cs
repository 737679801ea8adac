using ElcBot.Storage.Embedded;

namespace ElcBot.IntegrationTests.Storage;

/// <summary>
/// Stopping the emulator leaves no Azurite behind: not after a clean stop, and not when its wrapper will not answer and
/// it has to be ended outright. A test run once left one stopped (state T) and orphaned, holding its port, after ending
/// the wrapper's whole process tree failed part-way.
/// </summary>
public sealed class AzuriteLeftBehindTests
{
    [Fact]
    public async Task Should_leave_no_emulator_running_when_it_stops_cleanly()
    {
        var (azurite, data) = await StartAsync();
        var emulator = await EmulatorIdAsync(azurite);

        await azurite.DisposeAsync();

        Assert.False(await StillThereAsync(emulator), $"Azurite (process {emulator}) was still there after the stop");
        Directory.Delete(data, recursive: true);
    }

    [Fact]
    public async Task Should_end_the_emulator_too_when_its_wrapper_does_not_answer_the_request_to_stop()
    {
        var (azurite, data) = await StartAsync();
        var emulator = await EmulatorIdAsync(azurite);
        var wrapper = System.Diagnostics.Process.GetProcessById(WrapperId(emulator));
        Assert.Equal(0, PosixSignals.Send(wrapper.Id, PosixSignals.Stop));
        try
        {
            await azurite.DisposeAsync();

            Assert.False(await StillThereAsync(emulator), $"Azurite (process {emulator}) was left behind by a wrapper that did not answer");
        }
        finally
        {
            PosixSignals.Send(wrapper.Id, PosixSignals.Continue);
            Directory.Delete(data, recursive: true);
        }
    }

    private static async Task<(AzuriteProcess Azurite, string Data)> StartAsync()
    {
        var data = Directory.CreateTempSubdirectory("elcbot-azurite-left-").FullName;
        var azurite = await AzuriteProcess.StartAsync(
            new AzuriteOptions { Port = AzuriteProcess.FreePort(), DataDirectory = data, StartTimeout = TimeSpan.FromMinutes(2) }, CancellationToken.None);
        return (azurite, data);
    }

    private static async Task<int> EmulatorIdAsync(AzuriteProcess azurite)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (azurite.EmulatorProcessId is null && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }

        return azurite.EmulatorProcessId ?? throw new InvalidOperationException("The wrapper never named the emulator it started.");
    }

    /// <summary>The wrapper is the emulator's parent (the fourth field of /proc/PID/stat).</summary>
    private static int WrapperId(int emulator)
    {
        var stat = File.ReadAllText($"/proc/{emulator}/stat");
        return int.Parse(stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>True while the process exists in any state other than a zombie waiting to be reaped.</summary>
    private static async Task<bool> StillThereAsync(int processId)
    {
        var deadline = DateTime.UtcNow.AddSeconds(5);
        while (DateTime.UtcNow < deadline)
        {
            var stat = $"/proc/{processId}/stat";
            if (!File.Exists(stat) || File.ReadAllText(stat).Contains(") Z ", StringComparison.Ordinal))
            {
                return false;
            }

            await Task.Delay(100);
        }

        return true;
    }
}
