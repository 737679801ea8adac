using System.Globalization;

namespace ElcBot.Cli.Bench.Load;

/// <summary>Prints the figures of both hosts side by side, the storage check, the targets, and the one-line JSON.</summary>
public static class LoadReport
{
    public static void Print(TextWriter output, LoadFigures elcBot, LoadFigures echo, StoredTally tally)
    {
        output.WriteLine($"{"",-15} {"turns",8} {"turns/s",8} {"p50 ms",7} {"p95 ms",7} {"p99 ms",7} {"errors",7} {"CPU ms/turn",12}");
        Row(output, "ElcBot", elcBot);
        Row(output, "echo bot (SDK)", echo);
        output.WriteLine($"Storage check: {tally.Ideas:N0} ideas and {tally.Supports:N0} supports acknowledged; lost {tally.Lost}, duplicated {tally.Duplicated}" +
            $" ({tally.Unacknowledged} stored without the person seeing the acknowledgement).");
        output.WriteLine("CPU is the host process's own (Process.TotalProcessorTime over the measured window). Azurite is a separate Node.js process,");
        output.WriteLine("and the simulated people and the loopback connector run in this process, so none of them is counted. ElcBot's figure");
        output.WriteLine("includes embedding each new idea in the background (the MiniLM model), work the echo bot has no part of.");
        output.WriteLine("Targets: " + string.Join(", ",
            Target("nothing lost", tally.Lost == 0),
            Target("nothing duplicated", tally.Duplicated == 0),
            Target("no errors", elcBot.Errors == 0),
            Target("throughput at least half the echo bot's", elcBot.Throughput >= echo.Throughput / 2),
            Target("CPU per turn no more than the echo bot's", elcBot.CpuMsPerTurn <= echo.CpuMsPerTurn),
            Target("p99 under 1 s", elcBot.P99Ms < 1000)));
    }

    public static string Json(LoadFigures elcBot, LoadFigures echo, StoredTally tally) => string.Create(CultureInfo.InvariantCulture,
        $$"""{"throughput":{{elcBot.Throughput:0.0}},"p99_ms":{{elcBot.P99Ms:0.0}},"cpu_ms_per_turn":{{elcBot.CpuMsPerTurn:0.00}},"errors":{{elcBot.Errors}},"lost":{{tally.Lost}},"duplicated":{{tally.Duplicated}},"echo_throughput":{{echo.Throughput:0.0}},"echo_cpu_ms_per_turn":{{echo.CpuMsPerTurn:0.00}}}""");

    private static void Row(TextWriter output, string name, LoadFigures f) =>
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name,-15} {f.Turns,8:N0} {f.Throughput,8:0.0} {f.P50Ms,7:0.0} {f.P95Ms,7:0.0} {f.P99Ms,7:0.0} {f.Errors,7:N0} {f.CpuMsPerTurn,12:0.00}"));

    private static string Target(string name, bool met) => $"{name} {(met ? "met" : "MISSED")}";
}
