using ElcBot.Bot.Cards;
using ElcBot.Bot.Contributions;
using ElcBot.Core.Rounds;
using Microsoft.Bot.Builder;

namespace ElcBot.Bot.Commands;

/// <summary>`share`: the open round here; in a direct chat, every open round of a team the person belongs to.</summary>
/// <remarks>
/// Membership is asked of Teams (TeamsInfo.GetTeamMemberAsync) team by team, so guests from other tenants are found
/// too. Rounds in group chats are not offered here: Teams gives a bot no way to check a group chat's members from a
/// direct chat.
/// </remarks>
public sealed class ShareCommand(IRoundStore rounds, RoundAccess access) : ICommandHandler
{
    /// <summary>Bounds the Teams calls one command makes.</summary>
    public const int MaxTeamsChecked = 20;

    /// <summary>Teams membership calls in flight at once for one command.</summary>
    public const int TeamsCheckedAtOnce = 5;

    public BotCommand Command { get; } = new("share", "Share a story or an idea in an open round");

    public async Task HandleAsync(ITurnContext turnContext, string arguments, CancellationToken cancellationToken)
    {
        if (!TurnPeople.IsPersonal(turnContext.Activity))
        {
            var here = await rounds.FindOpenAsync(TurnPeople.ConversationIdOf(turnContext.Activity), cancellationToken).ConfigureAwait(false);
            await turnContext.SendActivityAsync(
                here is null ? MessageFactory.Text(NoticeCard.NoOpenRound) : RoundCard.Build(here).ToMessage(RoundCard.OpenTitle),
                cancellationToken).ConfigureAwait(false);
            return;
        }

        // The person's own organisation's teams first, then the teams with the newest rounds, checked a few at a time:
        // one Teams call after another made a person in many teams wait, and a fixed order could leave theirs out.
        var tenant = TurnPeople.ScopeOf(turnContext.Activity).TenantId;
        var teams = (await rounds.ListOpenAsync(cancellationToken).ConfigureAwait(false))
            .Where(r => r.TeamId is not null)
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
        var mine = teams.Where((_, i) => member[i]).SelectMany(team => team).ToList();

        await turnContext.SendActivityAsync(RoundPickerCard.Build(mine.OrderByDescending(r => r.CreatedAt).ToArray()).ToMessage(RoundPickerCard.Title), cancellationToken).ConfigureAwait(false);
    }
}
