using ElcBot.Core.Contributions;
using ElcBot.Core.Rounds;

namespace ElcBot.Core.Privacy;

/// <summary>"My contributions", "forget me" and "remove this": what one person gave, and erasing all or one of it.</summary>
/// <remarks>
/// Other data kept about the person (such as how to reach them for updates) is erased by each <see cref="IPersonErasure"/>;
/// what else keeps a story's or idea's words or id (summaries, drafts, updates) by each <see cref="IContributionErasure"/>.
/// </remarks>
public sealed class ForgetMeService(
    IContributionStore contributions,
    ISupportStore supports,
    IRoundStore rounds,
    IEnumerable<IPersonErasure> erasures,
    IEnumerable<IContributionErasure> contributionErasures)
{
    public async Task<IReadOnlyList<MyContribution>> ListAsync(string contributorKey, CancellationToken cancellationToken)
    {
        var mine = await contributions.ListByContributorAsync(contributorKey, cancellationToken).ConfigureAwait(false);
        var found = new Dictionary<string, Round?>();
        var result = new List<MyContribution>();
        foreach (var contribution in mine)
        {
            if (!found.TryGetValue(contribution.RoundId, out var round))
            {
                round = found[contribution.RoundId] = await rounds.GetAsync(contribution.RoundId, cancellationToken).ConfigureAwait(false);
            }

            var count = contribution.Kind == ContributionKind.Idea ? await supports.CountAsync(contribution.RoundId, contribution.Id, cancellationToken).ConfigureAwait(false) : 0;
            result.Add(new MyContribution(contribution, round, count));
        }

        return result;
    }

    /// <summary>Deletes every story, idea and support of this person, the supports others gave their ideas, and what each eraser keeps.</summary>
    public async Task<ErasedCounts> EraseAsync(PersonToForget person, CancellationToken cancellationToken)
    {
        foreach (var erasure in erasures)
        {
            await erasure.EraseAsync(person, cancellationToken).ConfigureAwait(false);
        }

        var contributorKey = person.ContributorKey;
        var mine = await contributions.ListByContributorAsync(contributorKey, cancellationToken).ConfigureAwait(false);
        await DeleteAsync(mine, cancellationToken).ConfigureAwait(false);

        var given = await supports.ListBySupporterAsync(contributorKey, cancellationToken).ConfigureAwait(false);
        foreach (var support in given)
        {
            await supports.DeleteAsync(support, cancellationToken).ConfigureAwait(false);
        }

        return new ErasedCounts(
            mine.Count(c => c.Kind == ContributionKind.Story),
            mine.Count(c => c.Kind == ContributionKind.Idea),
            given.Count(s => s.Active));
    }

    /// <summary>Erases one story or idea of this person, with the supports others gave it; the rest of what they gave stays.</summary>
    /// <returns>False, erasing nothing, when it is gone already or is not theirs.</returns>
    public async Task<bool> RemoveAsync(string contributorKey, string roundId, string contributionId, CancellationToken cancellationToken)
    {
        var contribution = await contributions.GetAsync(roundId, contributionId, cancellationToken).ConfigureAwait(false);
        if (contribution is null || !string.Equals(contribution.ContributorKey, contributorKey, StringComparison.Ordinal))
        {
            return false;
        }

        await DeleteAsync([contribution], cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>Takes the stories and ideas out of everything else that keeps them, then deletes them and their supports.</summary>
    private async Task DeleteAsync(IReadOnlyList<Contribution> erased, CancellationToken cancellationToken)
    {
        if (erased.Count == 0)
        {
            return;
        }

        foreach (var erasure in contributionErasures)
        {
            await erasure.EraseAsync(erased, cancellationToken).ConfigureAwait(false);
        }

        foreach (var contribution in erased)
        {
            if (contribution.Kind == ContributionKind.Idea)
            {
                await supports.DeleteForIdeaAsync(contribution.RoundId, contribution.Id, cancellationToken).ConfigureAwait(false);
            }

            await contributions.DeleteAsync(contribution, cancellationToken).ConfigureAwait(false);
        }
    }
}

/// <summary>One thing a person shared, with its round (null if the round is gone) and, for ideas, its support.</summary>
public sealed record MyContribution(Contribution Contribution, Round? Round, int Supports);

/// <summary>How many items "forget me" erased.</summary>
public sealed record ErasedCounts(int Stories, int Ideas, int Supports)
{
    public int Total => Stories + Ideas + Supports;
}
