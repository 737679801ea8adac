namespace ElcBot.Cli;

/// <summary>
/// One progress line on standard error, rewritten in place. Reports are written as they arrive, not posted to the
/// thread pool as <see cref="Progress{T}"/> posts them, and none after <see cref="End"/>, so a late report never
/// lands after the closing line.
/// </summary>
/// <param name="format">The line for a report, or null to show nothing for it.</param>
/// <param name="writer">Where to write; standard error unless given.</param>
public sealed class ProgressLine<T>(Func<T, string?> format, TextWriter? writer = null) : IProgress<T>
{
    private readonly Lock _gate = new();
    private readonly TextWriter _writer = writer ?? Console.Error;
    private bool _shown;
    private bool _ended;

    public void Report(T value)
    {
        lock (_gate)
        {
            if (_ended || format(value) is not { } line)
            {
                return;
            }

            // Trailing spaces cover the end of a longer line written before.
            _writer.Write($"\r{line}   ");
            _shown = true;
        }
    }

    /// <summary>Ends the line: replaced by <paramref name="closing"/> when given, else finished if anything was shown.</summary>
    public void End(string? closing = null)
    {
        lock (_gate)
        {
            _ended = true;
            if (closing is not null)
            {
                _writer.WriteLine($"\r{closing}   ");
            }
            else if (_shown)
            {
                _writer.WriteLine();
            }
        }
    }
}
