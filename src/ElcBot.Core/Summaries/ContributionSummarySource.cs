using ElcBot.Core.Contributions;
using ElcBot.Core.Rounds;
using ElcBot.Core.Themes;

namespace ElcBot.Core.Summaries;

/// <summary>Reads a round, its contributions and their support through the contribution ports, for summaries.</summary>
public sealed class ContributionSummarySource(IRoundStore rounds, IContributionStore contributions, ISupportStore supports)
    : ISummarySource, ISummaryRounds
{
    public async Task<SummarySourceData?> LoadAsync(string roundId, CancellationToken cancellationToken)
    {
        var round = await rounds.GetAsync(roundId, cancellationToken).ConfigureAwait(false);
        if (round is null)
        {
            return null;
        }

        var shared = await contributions.ListAsync(roundId, kind: null, cancellationToken).ConfigureAwait(false);
        var supportGroups = (await supports.ListForRoundAsync(roundId, cancellationToken).ConfigureAwait(false))
            .GroupBy(s => s.IdeaId)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<VoiceGroup>)g.Select(s => s.Group).ToArray());
        var items = shared.Select(c => new SummaryContribution(
            c.Id,
            c.Kind,
            c.Text,
            c.Role,
            c.Consent,
            c.ContributorKey,
            c.CreatedAt,
            c.Imported,
            supportGroups.GetValueOrDefault(c.Id, []),
            c.Vector is { Length: > 0 } bytes ? VectorCodec.Decode(bytes) : null)).ToArray();
        return new SummarySourceData(ToSummaryRound(round), items);
    }

    public async Task<SummaryRound?> FindForConversationAsync(string conversationId, CancellationToken cancellationToken) =>
        await rounds.FindOpenAsync(Conversations.ConversationIds.Base(conversationId), cancellationToken).ConfigureAwait(false) is { } round
            ? ToSummaryRound(round)
            : null;

    public async Task<IReadOnlyList<SummaryRound>> ListOpenAsync(string tenantId, CancellationToken cancellationToken) =>
        (await rounds.ListOpenAsync(cancellationToken).ConfigureAwait(false))
            .Where(r => string.Equals(r.TenantId, tenantId, StringComparison.Ordinal))
            .OrderByDescending(r => r.CreatedAt)
            .Select(ToSummaryRound)
            .ToArray();

    private static SummaryRound ToSummaryRound(Round round) =>
        new(round.Id, round.ConversationId, round.Question, round.Stage.ToString(), round.CreatedAt);
}
