using ElcBot.Core.Summaries;

namespace ElcBot.Tests.Fakes;

/// <summary>Summaries in a list, for card action tests; the Table Storage one is covered against Azurite.</summary>
public sealed class FakeSummaryStore : ISummaryStore
{
    public List<(RoundSummary Summary, string Card)> Saved { get; } = [];

    public Task SaveAsync(RoundSummary summary, string cardJson, CancellationToken cancellationToken)
    {
        Saved.Add((summary, cardJson));
        return Task.CompletedTask;
    }

    public Task<RoundSummary?> FindAsync(string roundId, string summaryId, CancellationToken cancellationToken) =>
        Task.FromResult(Saved.Select(s => s.Summary).FirstOrDefault(s => s.RoundId == roundId && s.SummaryId == summaryId));

    public Task<string?> FindCardAsync(string roundId, string summaryId, CancellationToken cancellationToken) =>
        Task.FromResult(Saved.Where(s => s.Summary.RoundId == roundId && s.Summary.SummaryId == summaryId).Select(s => s.Card).FirstOrDefault());

    public Task<IReadOnlyList<RoundSummary>> ListAsync(string roundId, int max, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<RoundSummary>>(Saved.Select(s => s.Summary).Where(s => s.RoundId == roundId).OrderBy(s => s.SummaryId, StringComparer.Ordinal).Take(max).ToArray());
}
