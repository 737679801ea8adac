using System.Threading.Channels;
using ElcBot.Core.Themes;

namespace ElcBot.Clustering.Embedding;

/// <summary>The in-process queue between a contribution being saved and its vector being made.</summary>
public sealed class EmbeddingQueue : IPendingEmbeddings
{
    // Unbounded: a write must never block the person's turn; a lost item is re-embedded by the summary anyway.
    private readonly Channel<PendingEmbedding> channel = Channel.CreateUnbounded<PendingEmbedding>(new UnboundedChannelOptions { SingleReader = true });

    /// <summary>What the worker reads.</summary>
    public ChannelReader<PendingEmbedding> Reader => channel.Reader;

    public bool TryEnqueue(string roundId, string contributionId, string text)
    {
        ArgumentException.ThrowIfNullOrEmpty(roundId);
        ArgumentException.ThrowIfNullOrEmpty(contributionId);
        ArgumentNullException.ThrowIfNull(text);
        return channel.Writer.TryWrite(new PendingEmbedding(roundId, contributionId, text));
    }

    public bool TryStore(string roundId, string contributionId, float[] vector)
    {
        ArgumentException.ThrowIfNullOrEmpty(roundId);
        ArgumentException.ThrowIfNullOrEmpty(contributionId);
        ArgumentNullException.ThrowIfNull(vector);
        return channel.Writer.TryWrite(new PendingEmbedding(roundId, contributionId, string.Empty, vector));
    }

    /// <summary>Stops taking work; the worker drains what is queued.</summary>
    public void Complete() => channel.Writer.TryComplete();
}

/// <summary>A contribution waiting for its vector to be made and stored, or (when <paramref name="Vector"/> is given) only stored.</summary>
public sealed record PendingEmbedding(string RoundId, string ContributionId, string Text, float[]? Vector = null);
