using ElcBot.Core.Rounds;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Teams;
using Microsoft.Extensions.Logging;

namespace ElcBot.Bot.Contributions;

/// <summary>Finds a round and decides whether the person acting may use it from where they are.</summary>
/// <remarks>
/// From the round's own team or chat: same tenant and team (or chat). From a direct chat: only if Teams says the
/// person is a member of the round's team (TeamsInfo.GetTeamMemberAsync), which also works for guests.
/// </remarks>
public sealed partial class RoundAccess(IRoundStore rounds, ILogger<RoundAccess> logger)
{
    public async Task<(Round? Round, RoundScope? Scope)> FindAsync(ITurnContext turnContext, string? roundId, CancellationToken cancellationToken)
    {
        var round = string.IsNullOrWhiteSpace(roundId) ? null : await rounds.GetAsync(roundId, cancellationToken).ConfigureAwait(false);
        if (round is null)
        {
            return (null, null);
        }

        var scope = TurnPeople.ScopeOf(turnContext.Activity);
        if (round.Allows(scope) || !TurnPeople.IsPersonal(turnContext.Activity))
        {
            return (round, scope);
        }

        return (round, await IsTeamMemberAsync(turnContext, round, cancellationToken).ConfigureAwait(false) ? RoundScope.Of(round) : scope);
    }

    public async Task<bool> IsTeamMemberAsync(ITurnContext turnContext, Round round, CancellationToken cancellationToken)
    {
        if (round.TeamId is null || turnContext.Activity.From?.Id is not { } userId)
        {
            return false;
        }

        try
        {
            var member = await TeamsInfo.GetTeamMemberAsync(turnContext, userId, round.TeamId, cancellationToken).ConfigureAwait(false);
            return member is not null;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogMembershipUnknown(logger, round.Id, ex.GetType().Name);
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Could not confirm team membership for round {RoundId} ({Reason})")]
    private static partial void LogMembershipUnknown(ILogger logger, string roundId, string reason);
}
