using ElcBot.Core.Contributions;
using ElcBot.Core.Rounds;
using ElcBot.Core.Conversations;
using ElcBot.Core.Summaries;
using ElcBot.Core.Themes;

namespace ElcBot.Storage.Tables;

/// <summary>What summaries read, served from the stored rounds, contributions and supports.</summary>
/// <remarks>Vectors are stored with <see cref="VectorCodec"/>, the theme engine's format.</remarks>
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
        var voices = LatestVoices(all);
        var supporters = (await supports.ListForRoundAsync(roundId, cancellationToken).ConfigureAwait(false))
            .ToLookup(s => s.IdeaId, s => s.Group == VoiceGroup.Other && voices.TryGetValue(s.SupporterKey, out var shared) ? shared : s.Group);
        var items = all.Select(c => new SummaryContribution(c.Id, c.Kind, c.Text, c.Role, c.Consent, c.ContributorKey, c.CreatedAt, c.Imported,
            supporters[c.Id].ToArray(), Decode(c.Vector))).ToArray();
        return new SummarySourceData(ToSummaryRound(round), items);
    }

    public async Task<SummaryRound?> FindForConversationAsync(string conversationId, CancellationToken cancellationToken)
    {
        var all = await rounds.ListForConversationAsync(ConversationIds.Base(conversationId), cancellationToken).ConfigureAwait(false);
        var chosen = all.FirstOrDefault(r => r.IsOpen) ?? all.FirstOrDefault();
        return chosen is null ? null : ToSummaryRound(chosen);
    }

    public async Task<IReadOnlyList<SummaryRound>> ListOpenAsync(string tenantId, CancellationToken cancellationToken) =>
        (await rounds.ListOpenAsync(cancellationToken).ConfigureAwait(false))
            .Where(r => string.Equals(r.TenantId, tenantId, StringComparison.Ordinal))
            .OrderByDescending(r => r.CreatedAt)
            .Select(ToSummaryRound)
            .ToArray();

    /// <summary>Each contributor's voice group, as their latest story or idea in the round gives it.</summary>
    /// <remarks>
    /// A support keeps the group its giver had when they pressed, "other" if they had shared nothing yet. Someone who
    /// supports first and shares later is then known, so their support counts with that voice, as a support given
    /// after sharing would.
    /// </remarks>
    private static Dictionary<string, VoiceGroup> LatestVoices(IReadOnlyList<Contribution> all) =>
        all.GroupBy(c => c.ContributorKey, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => VoiceGroups.Of(g.MaxBy(c => c.CreatedAt)!.Role), StringComparer.Ordinal);

    private static SummaryRound ToSummaryRound(Round round) => new(round.Id, round.ConversationId, round.Question, round.Stage.ToString(), round.CreatedAt);

    /// <summary>A vector of the wrong length (a damaged row) reads as missing, so the summary embeds the text again.</summary>
    private static float[]? Decode(byte[]? bytes) =>
        bytes is { Length: > 0 } && bytes.Length % sizeof(float) == 0 ? VectorCodec.Decode(bytes) : null;
}
