using ElcBot.Core.Rounds;
using Microsoft.Bot.Builder;

namespace ElcBot.Bot.Contributions;

/// <summary>From a direct chat: the open rounds of the teams the person belongs to, where they may share.</summary>
/// <remarks>
/// Membership is asked of Teams (TeamsInfo.GetTeamMemberAsync) team by team, so guests from other tenants are found
/// too. Rounds in group chats are not offered here: Teams gives a bot no way to check a group chat's members from a
/// direct chat.
/// </remarks>
public sealed class SharableRounds(IRoundStore rounds, RoundService roundRules, RoundAccess access)
{
    /// <summary>Bounds the Teams calls one look-up makes.</summary>
    public const int MaxTeamsChecked = 20;

    /// <summary>Teams membership calls in flight at once for one look-up.</summary>
    public const int TeamsCheckedAtOnce = 5;

    /// <returns>The rounds, newest first.</returns>
    public async Task<IReadOnlyList<Round>> ForPersonAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        // The person's own organisation's teams first, then the teams with the newest rounds, checked a few at a time:
        // one Teams call after another made a person in many teams wait, and a fixed order could leave theirs out.
        var tenant = TurnPeople.ScopeOf(turnContext.Activity).TenantId;
        // A round past its last day stays open until a facilitator closes it, but takes nothing new: not offered.
        var teams = (await rounds.ListOpenAsync(cancellationToken).ConfigureAwait(false))
            .Where(r => r.TeamId is not null && roundRules.AcceptsContributions(r))
            .GroupBy(r => r.TeamId)
            .OrderByDescending(team => string.Equals(team.First().TenantId, tenant, StringComparison.Ordinal))
            .ThenByDescending(team => team.Max(r => r.CreatedAt))
            .Take(MaxTeamsChecked)
            .ToArray();
        using var gate = new SemaphoreSlim(TeamsCheckedAtOnce);
        var member = await Task.WhenAll(teams.Select(async team =>
        {
            await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                return await access.IsTeamMemberAsync(turnContext, team.First(), cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                gate.Release();
            }
        })).ConfigureAwait(false);
        return teams.Where((_, i) => member[i]).SelectMany(team => team).OrderByDescending(r => r.CreatedAt).ToArray();
    }
}
