namespace ElcBot.Core.Updates;

/// <summary>The earliest retry time seen by a run's parallel sends.</summary>
internal sealed class NextTry
{
    private readonly Lock _gate = new();

    public DateTimeOffset? Earliest { get; private set; }

    public void Note(DateTimeOffset? at)
    {
        if (at is not { } time)
        {
            return;
        }

        lock (_gate)
        {
            Earliest = Earliest is { } earliest && earliest <= time ? earliest : time;
        }
    }
}
