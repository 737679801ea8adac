using ElcBot.Core.Contributions;
using ElcBot.Core.Rounds;

namespace ElcBot.Core.Privacy;

/// <summary>The ideas a person said matter to them, so they can see that part of what they gave as well as their own words.</summary>
public sealed class SupportGiven(ISupportStore supports, IContributionStore contributions, IRoundStore rounds)
{
    /// <summary>How many ideas the person supports now, from their support rows alone.</summary>
    /// <remarks>
    /// For the line on every page of `my contributions`, so it reads no idea or round: an idea's supports are erased with
    /// it, so rows still given belong to ideas that are there.
    /// </remarks>
    public async Task<int> CountAsync(string supporterKey, CancellationToken cancellationToken) =>
        (await supports.ListBySupporterAsync(supporterKey, cancellationToken).ConfigureAwait(false)).Count(s => s.Active);

    /// <summary>Ideas the person supports now, newest first; support taken back, or for an idea since removed, is left out.</summary>
    public async Task<IReadOnlyList<SupportedByMe>> ListAsync(string supporterKey, CancellationToken cancellationToken)
    {
        var given = await supports.ListBySupporterAsync(supporterKey, cancellationToken).ConfigureAwait(false);
        var found = new Dictionary<string, Round?>(StringComparer.Ordinal);
        var result = new List<SupportedByMe>();
        foreach (var support in given.Where(s => s.Active))
        {
            var idea = await contributions.GetAsync(support.RoundId, support.IdeaId, cancellationToken).ConfigureAwait(false);
            if (idea is null)
            {
                continue;
            }

            if (!found.TryGetValue(support.RoundId, out var round))
            {
                round = found[support.RoundId] = await rounds.GetAsync(support.RoundId, cancellationToken).ConfigureAwait(false);
            }

            result.Add(new SupportedByMe(idea, round));
        }

        return [.. result.OrderByDescending(s => s.Idea.CreatedAt)];
    }
}

/// <summary>An idea the person said matters to them, with its round (null if the round is gone).</summary>
public sealed record SupportedByMe(Contribution Idea, Round? Round);
