using ElcBot.Cli.Bench.Load;

namespace ElcBot.IntegrationTests.Reliability;

/// <summary>Simulated people taking turns with no pause until stopped, for tests that stop or kill the service under them.</summary>
public sealed class PeopleAtWork : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task[] _running;

    private PeopleAtWork(ElcBotPeople people)
    {
        People = people;
        var recorder = new TurnRecorder();
        _running = Enumerable.Range(0, people.Count).Select(person => Task.Run(async () =>
        {
            while (!_stop.IsCancellationRequested)
            {
                await people.TakeTurnAsync(person, recorder, CancellationToken.None);
            }
        })).ToArray();
    }

    public ElcBotPeople People { get; }

    /// <summary>Ideas and supports the people were told were kept, so far.</summary>
    public int Acknowledged => People.Shared.Count + People.Supported.Count;

    public static PeopleAtWork Start(ElcBotPeople people) => new(people);

    /// <summary>Waits up to two minutes for the people to reach a point, failing the test if they do not.</summary>
    public static async Task WaitForAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (!condition() && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }

        Assert.True(condition(), "the people were not acknowledged in time");
    }

    /// <summary>Lets each person finish the turn they are in, then stops them.</summary>
    public async Task StopAsync()
    {
        await _stop.CancelAsync();
        await Task.WhenAll(_running);
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _stop.Dispose();
    }
}
