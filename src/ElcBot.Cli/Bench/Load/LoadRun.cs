using System.Diagnostics;

namespace ElcBot.Cli.Bench.Load;

/// <summary>Runs every simulated person at once: a warm-up, then the measured window, with a progress line every few seconds.</summary>
public static class LoadRun
{
    /// <param name="cpuTime">The host process's total CPU time so far, read at both ends of the window.</param>
    /// <param name="progress">Where progress lines go (the console's error stream in the CLI).</param>
    /// <param name="warm">After the warm-up, waited for before measuring: one-off start-up work the host does on first use.</param>
    public static async Task<LoadFigures> RunAsync(
        string label, ISimulatedPeople people, LoadPlan plan, Func<TimeSpan> cpuTime, Action<string> progress, CancellationToken cancellationToken, Func<CancellationToken, Task>? warm = null)
    {
        var recorder = new TurnRecorder();
        // Stopping lets each person finish the turn in flight, so every reply they saw is accounted for.
        using var stop = new CancellationTokenSource();
        var loops = Enumerable.Range(0, people.Count).Select(person => Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
            {
                await people.TakeTurnAsync(person, recorder, cancellationToken).ConfigureAwait(false);
            }
        }, CancellationToken.None)).ToArray();

        try
        {
            await Task.Delay(plan.WarmUp, cancellationToken).ConfigureAwait(false);
            if (warm is not null)
            {
                await warm(cancellationToken).ConfigureAwait(false);
            }

            recorder.Open();
            var cpuBefore = cpuTime();
            var clock = Stopwatch.StartNew();
            var shown = -1;
            // The clock is read once per round: read twice, the window could end between the test and the subtraction and
            // leave a negative wait, which Task.Delay refuses.
            for (var left = plan.Window - clock.Elapsed; left > TimeSpan.Zero; left = plan.Window - clock.Elapsed)
            {
                await Task.Delay(left < plan.ProgressEvery ? left : plan.ProgressEvery, cancellationToken).ConfigureAwait(false);
                // The last wait can end a hair early and go round again; each second is shown once.
                if ((int)Math.Round(clock.Elapsed.TotalSeconds) is var second && second != shown)
                {
                    shown = second;
                    progress($"[{label}] {second,4} s of {plan.Window.TotalSeconds:0}: {recorder.TurnsSoFar:N0} turns so far (warm-up included), {recorder.ErrorsSoFar:N0} failed");
                }
            }

            var cpu = cpuTime() - cpuBefore;
            return recorder.Close(clock.Elapsed, cpu);
        }
        finally
        {
            await stop.CancelAsync().ConfigureAwait(false);
            await Task.WhenAll(loops).ConfigureAwait(false);
        }
    }
}
