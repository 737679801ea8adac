using System.Threading.Channels;

namespace ElcBot.Web.Playground;

/// <summary>
/// One open page's place in the feed. It hears every change from the moment it is made, before anything is
/// read from it, so a page told "connected" cannot miss what happens next. Disposing it stops the listening.
/// </summary>
public sealed class TranscriptWatch : IDisposable
{
    private readonly Channel<TranscriptChange> _changes;
    private readonly Action<Channel<TranscriptChange>> _stop;
    private int _stopped;

    internal TranscriptWatch(Channel<TranscriptChange> changes, Action<Channel<TranscriptChange>> stop)
    {
        _changes = changes;
        _stop = stop;
    }

    /// <summary>The changes heard so far and every one after, until cancelled.</summary>
    public IAsyncEnumerable<TranscriptChange> ReadAllAsync(CancellationToken cancellationToken) => _changes.Reader.ReadAllAsync(cancellationToken);

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _stopped, 1) == 0)
        {
            _stop(_changes);
            _changes.Writer.TryComplete();
        }
    }
}
