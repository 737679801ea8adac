using System.Text.Json;
using ElcBot.IntegrationTests.Shipping;
using ElcBot.Storage.Embedded;

namespace ElcBot.IntegrationTests.Reliability;

/// <summary>`bench load` in its short form, run as an operator runs it: checks what it counts, never how fast it was.</summary>
public sealed class LoadBenchTests
{
    [Fact]
    public async Task Should_report_nothing_lost_duplicated_or_failed_when_a_short_load_run_ends()
    {
        var result = await ToolProcess.RunAsync(
            "dotnet",
            [Path.Combine(AppContext.BaseDirectory, "ElcBot.Cli.dll"), "bench", "load", "--people", "5", "--seconds", "5", "--json"],
            RepositoryRoot.Find()!,
            CancellationToken.None,
            timeLimit: TimeSpan.FromMinutes(5));

        Assert.True(result.ExitCode == 0, result.ToString());
        using var figures = JsonDocument.Parse(result.Output.TrimEnd().Split('\n')[^1]);
        var root = figures.RootElement;
        Assert.Equal(
            ["throughput", "p99_ms", "cpu_ms_per_turn", "errors", "lost", "duplicated", "echo_throughput", "echo_cpu_ms_per_turn"],
            root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(0, root.GetProperty("errors").GetInt32());
        Assert.Equal(0, root.GetProperty("lost").GetInt32());
        Assert.Equal(0, root.GetProperty("duplicated").GetInt32());
        Assert.True(root.GetProperty("throughput").GetDouble() > 0, result.ToString());
        Assert.Matches(@"Storage check: [1-9][\d,]* ideas and [1-9][\d,]* supports acknowledged; lost 0, duplicated 0", result.Output);
    }
}
