namespace ElcBot.Core.Themes;

/// <summary>Hands a new contribution to the background embedder so the person never waits for it.</summary>
public interface IPendingEmbeddings
{
    /// <summary>Queues the text; returns false only when the queue is shut (the summary will embed it later).</summary>
    bool TryEnqueue(string roundId, string contributionId, string text);

    /// <summary>Queues a vector already made (by a summary) to be stored with its contribution; false when the queue is shut.</summary>
    bool TryStore(string roundId, string contributionId, float[] vector);
}
