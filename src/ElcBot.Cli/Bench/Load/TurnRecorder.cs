namespace ElcBot.Cli.Bench.Load;

/// <summary>Collects turn latencies and failures while the measured window is open; turns outside it are not counted.</summary>
public sealed class TurnRecorder
{
    private readonly List<double> _latenciesMs = new(capacity: 1 << 16);
    private readonly Lock _gate = new();
    private bool _open;
    private int _errors;
    private int _turnsSoFar;
    private int _errorsSoFar;

    /// <summary>Turns finished since the run began, warm-up included (for progress lines).</summary>
    public int TurnsSoFar => Volatile.Read(ref _turnsSoFar);

    /// <summary>Failed turns since the run began, warm-up included.</summary>
    public int ErrorsSoFar => Volatile.Read(ref _errorsSoFar);

    public void Record(TimeSpan latency, bool ok)
    {
        Interlocked.Increment(ref _turnsSoFar);
        if (!ok)
        {
            Interlocked.Increment(ref _errorsSoFar);
        }

        lock (_gate)
        {
            if (!_open)
            {
                return;
            }

            _latenciesMs.Add(latency.TotalMilliseconds);
            if (!ok)
            {
                _errors++;
            }
        }
    }

    public void Open()
    {
        lock (_gate)
        {
            _latenciesMs.Clear();
            _errors = 0;
            _open = true;
        }
    }

    /// <summary>Closes the window and works out its figures.</summary>
    /// <param name="window">How long the window was open.</param>
    /// <param name="cpu">The host process's CPU time spent while it was open.</param>
    public LoadFigures Close(TimeSpan window, TimeSpan cpu)
    {
        double[] sorted;
        int errors;
        lock (_gate)
        {
            _open = false;
            sorted = [.. _latenciesMs];
            errors = _errors;
        }

        Array.Sort(sorted);
        var turns = sorted.Length;
        return new LoadFigures(
            turns,
            window.TotalSeconds,
            turns / window.TotalSeconds,
            Percentile(sorted, 0.50),
            Percentile(sorted, 0.95),
            Percentile(sorted, 0.99),
            errors,
            turns == 0 ? 0 : cpu.TotalMilliseconds / turns);
    }

    // Nearest rank: the smallest latency that at least this share of turns did not exceed.
    private static double Percentile(double[] sorted, double share) =>
        sorted.Length == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(share * sorted.Length) - 1, 0, sorted.Length - 1)];
}

/// <summary>What one measured window came to.</summary>
public sealed record LoadFigures(int Turns, double Seconds, double Throughput, double P50Ms, double P95Ms, double P99Ms, int Errors, double CpuMsPerTurn);
