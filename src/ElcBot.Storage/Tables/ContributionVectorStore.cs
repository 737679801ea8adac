using ElcBot.Core.Contributions;
using ElcBot.Core.Themes;

namespace ElcBot.Storage.Tables;

/// <summary>Keeps each embedding with its contribution, as a binary property of the contribution's row.</summary>
public sealed class ContributionVectorStore(IContributionStore contributions) : IContributionVectorStore
{
    public Task SaveVectorAsync(string roundId, string contributionId, float[] vector, CancellationToken cancellationToken) =>
        contributions.SaveVectorAsync(roundId, contributionId, VectorCodec.Encode(vector), cancellationToken);
}
