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

        var open = await rounds.ListOpenAsync(cancellationToken).ConfigureAwait(false);
        var mine = new List<Round>();
        foreach (var team in open.Where(r => r.TeamId is not null).GroupBy(r => r.TeamId).Take(MaxTeamsChecked))
        {
            if (await access.IsTeamMemberAsync(turnContext, team.First(), cancellationToken).ConfigureAwait(false))
            {
                mine.AddRange(team);
            }
        }

        await turnContext.SendActivityAsync(RoundPickerCard.Build(mine.OrderByDescending(r => r.CreatedAt).ToArray()).ToMessage(RoundPickerCard.Title), cancellationToken).ConfigureAwait(false);
    }
}
