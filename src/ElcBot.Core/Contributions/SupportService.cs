using ElcBot.Core.Rounds;

namespace ElcBot.Core.Contributions;

/// <summary>"This matters to me too": one support per person per idea; pressing again takes it back.</summary>
public sealed class SupportService(IContributionStore contributions, ISupportStore supports, RoundService roundRules)
{
    /// <param name="round">The idea's round, as the caller has just read it (it checks where the person acts from); null when there is none.</param>
    public async Task<SupportResult> ToggleAsync(Round? round, string? ideaId, string supporterKey, string pressId, RoundScope scope, CancellationToken cancellationToken)
    {
        if (round is null)
        {
            return new SupportResult(SupportOutcome.RoundUnknown, false, 0);
        }

        if (!round.Allows(scope))
        {
            return new SupportResult(SupportOutcome.NotAllowed, false, 0);
        }

        if (!roundRules.AcceptsContributions(round))
        {
            return new SupportResult(SupportOutcome.RoundClosed, false, 0);
        }

        var idea = string.IsNullOrWhiteSpace(ideaId) ? null : await contributions.GetAsync(round.Id, ideaId, cancellationToken).ConfigureAwait(false);
        if (idea is null || idea.Kind != ContributionKind.Idea)
        {
            return new SupportResult(SupportOutcome.IdeaUnknown, false, 0);
        }

        // The supporter's voice group comes from what they shared in this round, so summaries can set voices side by side.
        var latest = await contributions.FindLatestByContributorAsync(supporterKey, round.Id, cancellationToken).ConfigureAwait(false);
        var group = latest is null ? VoiceGroup.Other : VoiceGroups.Of(latest.Role);
        var supported = await supports.ToggleAsync(new Support(round.Id, idea.Id, supporterKey, group), pressId, cancellationToken).ConfigureAwait(false);
        var count = await supports.CountAsync(round.Id, idea.Id, cancellationToken).ConfigureAwait(false);
        return new SupportResult(SupportOutcome.Done, supported, count);
    }
}

/// <summary>What pressing support came to, with the idea's support count afterwards.</summary>
public sealed record SupportResult(SupportOutcome Outcome, bool Supported, int Count);

public enum SupportOutcome
{
    Done,
    RoundUnknown,
    RoundClosed,
    NotAllowed,
    IdeaUnknown,
}
