namespace ElcBot.Core.Summaries;

/// <summary>Loads a round and its contributions (with support and vectors) for a summary.</summary>
public interface ISummarySource
{
    /// <returns>Null when the round is not known.</returns>
    Task<SummarySourceData?> LoadAsync(string roundId, CancellationToken cancellationToken);
}
