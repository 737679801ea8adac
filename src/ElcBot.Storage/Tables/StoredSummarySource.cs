using System.Buffers.Binary;
using ElcBot.Core.Contributions;
using ElcBot.Core.Rounds;
using ElcBot.Core.Summaries;

namespace ElcBot.Storage.Tables;

/// <summary>What summaries read, served from the stored rounds, contributions and supports.</summary>
/// <remarks>Vectors are stored as little-endian IEEE floats (the theme engine's codec) and read back here as floats.</remarks>
public sealed class StoredSummarySource(IRoundStore rounds, IContributionStore contributions, ISupportStore supports) : ISummarySource, ISummaryRounds
{
    public async Task<SummarySourceData?> LoadAsync(string roundId, CancellationToken cancellationToken)
    {
        var round = await rounds.GetAsync(roundId, cancellationToken).ConfigureAwait(false);
        if (round is null)
        {
            return null;
        }

        var all = await contributions.ListAsync(roundId, null, cancellationToken).ConfigureAwait(false);
        var supporters = (await supports.ListForRoundAsync(roundId, cancellationToken).ConfigureAwait(false))
            .ToLookup(s => s.IdeaId, s => s.Group);
        var items = all.Select(c => new SummaryContribution(c.Id, c.Kind, c.Text, c.Role, c.Consent, c.ContributorKey, c.CreatedAt, c.Imported,
            supporters[c.Id].ToArray(), Decode(c.Vector))).ToArray();
        return new SummarySourceData(ToSummaryRound(round), items);
    }

    public async Task<SummaryRound?> FindForConversationAsync(string conversationId, CancellationToken cancellationToken)
    {
        var all = await rounds.ListForConversationAsync(conversationId, cancellationToken).ConfigureAwait(false);
        var chosen = all.FirstOrDefault(r => r.IsOpen) ?? all.FirstOrDefault();
        return chosen is null ? null : ToSummaryRound(chosen);
    }

    public async Task<IReadOnlyList<SummaryRound>> ListOpenAsync(string tenantId, CancellationToken cancellationToken) =>
        (await rounds.ListOpenAsync(cancellationToken).ConfigureAwait(false))
            .Where(r => string.Equals(r.TenantId, tenantId, StringComparison.Ordinal))
            .OrderByDescending(r => r.CreatedAt)
            .Select(ToSummaryRound)
            .ToArray();

    private static SummaryRound ToSummaryRound(Round round) => new(round.Id, round.ConversationId, round.Question, round.Stage.ToString(), round.CreatedAt);

    private static float[]? Decode(byte[]? bytes)
    {
        if (bytes is null || bytes.Length == 0 || bytes.Length % sizeof(float) != 0)
        {
            return null;
        }

        var vector = new float[bytes.Length / sizeof(float)];
        for (var i = 0; i < vector.Length; i++)
        {
            vector[i] = BinaryPrimitives.ReadSingleLittleEndian(bytes.AsSpan(i * sizeof(float)));
        }

        return vector;
    }
}
