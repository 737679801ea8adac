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

    /// <summary>Stops taking work; the worker drains what is queued.</summary>
    public void Complete() => channel.Writer.TryComplete();
}

/// <summary>A contribution waiting for its vector.</summary>
public sealed record PendingEmbedding(string RoundId, string ContributionId, string Text);
