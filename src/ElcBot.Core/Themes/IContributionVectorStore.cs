namespace ElcBot.Core.Themes;

/// <summary>Keeps each contribution's embedding beside it, so it is made only once.</summary>
public interface IContributionVectorStore
{
    /// <summary>Stores the vector for the contribution (overwriting any older one).</summary>
    Task SaveVectorAsync(string roundId, string contributionId, float[] vector, CancellationToken cancellationToken);
}
