namespace ElcBot.Cli.Bench.Load;

/// <summary>The same people in the same channel, each sending the echo bot one message after another.</summary>
public sealed class EchoPeople(TurnClient client, ChannelActivities activities, int count) : ISimulatedPeople
{
    private readonly int[] _sent = new int[count];

    public int Count => count;

    public async Task TakeTurnAsync(int person, TurnRecorder recorder, CancellationToken cancellationToken)
    {
        var text = $"Hello, this is message {++_sent[person]} from person {person}.";
        var reply = await client.PostAsync(activities.Message(ChannelActivities.PersonId(person), text), cancellationToken).ConfigureAwait(false);
        recorder.Record(reply.Latency, reply.Succeeded);
        if (!reply.Succeeded)
        {
            await Task.Delay(100, cancellationToken).ConfigureAwait(false);
        }
    }
}
