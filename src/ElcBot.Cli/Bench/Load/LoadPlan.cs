namespace ElcBot.Cli.Bench.Load;

/// <summary>How long to warm the host up (not measured), then how long to measure.</summary>
public sealed record LoadPlan(TimeSpan WarmUp, TimeSpan Window, TimeSpan ProgressEvery)
{
    /// <summary>Short runs (a test, a quick look) warm up for a second; full runs for five.</summary>
    public static LoadPlan For(int seconds) => new(
        TimeSpan.FromSeconds(seconds >= 20 ? 5 : 1),
        TimeSpan.FromSeconds(seconds),
        TimeSpan.FromSeconds(seconds >= 20 ? 5 : 1));
}
