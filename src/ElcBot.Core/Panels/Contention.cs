namespace ElcBot.Core.Panels;

/// <summary>A short, random pause before trying a write again, so writers that keep colliding spread out.</summary>
internal static class Contention
{
    public static Task BackOffAsync(int attempt, CancellationToken cancellationToken) =>
        attempt == 0 ? Task.CompletedTask : Task.Delay(Random.Shared.Next(0, 10 * Math.Min(attempt, 10)), cancellationToken);
}
