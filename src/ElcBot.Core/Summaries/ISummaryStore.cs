namespace ElcBot.Core.Summaries;

/// <summary>Keeps every summary posted, so facilitators can look back and the next summary can say what is new.</summary>
public interface ISummaryStore
{
    /// <param name="summary">What the summary said.</param>
    /// <param name="cardJson">The card as posted, kept as people saw it.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    Task SaveAsync(RoundSummary summary, string cardJson, CancellationToken cancellationToken);

    Task<RoundSummary?> FindAsync(string roundId, string summaryId, CancellationToken cancellationToken);

    /// <summary>The card as it was posted, for showing an earlier summary again.</summary>
    Task<string?> FindCardAsync(string roundId, string summaryId, CancellationToken cancellationToken);

    /// <summary>The round's summaries, newest first.</summary>
    Task<IReadOnlyList<RoundSummary>> ListAsync(string roundId, int max, CancellationToken cancellationToken);
}
