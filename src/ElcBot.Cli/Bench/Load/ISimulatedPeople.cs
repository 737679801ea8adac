namespace ElcBot.Cli.Bench.Load;

/// <summary>People who each take one turn after another, as fast as the bot answers.</summary>
public interface ISimulatedPeople
{
    int Count { get; }

    /// <summary>Sends person <paramref name="person"/>'s next activity and records the turn in <paramref name="recorder"/>.</summary>
    Task TakeTurnAsync(int person, TurnRecorder recorder, CancellationToken cancellationToken);
}
