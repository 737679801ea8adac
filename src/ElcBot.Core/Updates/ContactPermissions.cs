using ElcBot.Core.Contributions;
using ElcBot.Core.Rounds;

namespace ElcBot.Core.Updates;

/// <summary>Who may be told what happens: a supporter asking about one idea, and anyone stopping every update at once.</summary>
/// <remarks>
/// Permission is given item by item (the "tell me what happens next" tick on a form, the button after supporting an
/// idea) and nobody is contacted without it. Stopping is one command for everything, and also forgets the address.
/// </remarks>
public sealed class ContactPermissions(IRoundStore rounds, IContributionStore contributions, ISupportStore supports, ContactBook contacts)
{
    /// <summary>Records that a supporter wants to hear what happens to an idea they support.</summary>
    public async Task<FollowOutcome> FollowIdeaAsync(string? roundId, string? ideaId, string supporterKey, RoundScope scope, CancellationToken cancellationToken)
    {
        var round = string.IsNullOrWhiteSpace(roundId) ? null : await rounds.GetAsync(roundId, cancellationToken).ConfigureAwait(false);
        if (round is null)
        {
            return FollowOutcome.RoundUnknown;
        }

        if (!round.Allows(scope))
        {
            return FollowOutcome.NotAllowed;
        }

        var idea = string.IsNullOrWhiteSpace(ideaId) ? null : await contributions.GetAsync(round.Id, ideaId, cancellationToken).ConfigureAwait(false);
        if (idea is null || idea.Kind != ContributionKind.Idea)
        {
            return FollowOutcome.IdeaUnknown;
        }

        return await supports.SetContactAsync(round.Id, idea.Id, supporterKey, mayContact: true, cancellationToken).ConfigureAwait(false)
            ? FollowOutcome.Following
            : FollowOutcome.NotSupporting;
    }

    /// <summary>Takes back every permission the person gave and forgets how to reach them.</summary>
    /// <returns>How many stories, ideas and supports had permission before.</returns>
    public async Task<int> StopAsync(string contributorKey, CancellationToken cancellationToken)
    {
        var changed = 0;
        foreach (var mine in await contributions.ListByContributorAsync(contributorKey, cancellationToken).ConfigureAwait(false))
        {
            if (mine.MayContact)
            {
                await contributions.SetContactAsync(mine.RoundId, mine.Id, mayContact: false, cancellationToken).ConfigureAwait(false);
                changed++;
            }
        }

        foreach (var given in await supports.ListBySupporterAsync(contributorKey, cancellationToken).ConfigureAwait(false))
        {
            if (given.MayContact)
            {
                await supports.SetContactAsync(given.RoundId, given.IdeaId, contributorKey, mayContact: false, cancellationToken).ConfigureAwait(false);
                changed++;
            }
        }

        await contacts.ForgetAsync(contributorKey, cancellationToken).ConfigureAwait(false);
        return changed;
    }
}

/// <summary>What asking to hear about an idea came to.</summary>
public enum FollowOutcome
{
    Following,

    /// <summary>The person does not support the idea (now), so there is nothing to follow.</summary>
    NotSupporting,
    RoundUnknown,
    NotAllowed,
    IdeaUnknown,
}
