using ElcBot.Bot.Facilitation;
using ElcBot.Bot.Hosting;
using ElcBot.Core.Facilitation;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Teams;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ElcBot.Bot.Contributions;

/// <summary>Decides whether the person acting may start and close rounds.</summary>
/// <remarks>
/// The configured ids (Bot:Facilitators) are checked first, with no network call. Then the Teams roster, through
/// TeamsInfo: the bot roster API reports <c>userRole</c> as "user", "guest" or "anonymous" and does not say who owns a
/// team, so an "owner" role is honoured if Teams ever sends one, but in practice facilitators come from configuration.
/// </remarks>
public sealed partial class FacilitatorCheck(IOptions<BotOptions> options, ILogger<FacilitatorCheck> logger) : IFacilitatorCheck
{
    private readonly FacilitatorIds _configured = new(options.Value.Facilitators);

    public async Task<bool> IsFacilitatorAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var from = turnContext.Activity.From;
        if (_configured.Contains(from?.AadObjectId, from?.Id))
        {
            return true;
        }

        if (from?.Id is null || TurnPeople.IsPersonal(turnContext.Activity))
        {
            return false;
        }

        try
        {
            var member = await TeamsInfo.GetMemberAsync(turnContext, from.Id, cancellationToken).ConfigureAwait(false);
            return string.Equals(member?.UserRole, "owner", StringComparison.OrdinalIgnoreCase);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // No roster (an emulator, a test adapter, Teams unreachable): only configured facilitators count.
            LogRosterUnavailable(logger, ex.GetType().Name);
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Teams roster not available for the facilitator check ({Reason})")]
    private static partial void LogRosterUnavailable(ILogger logger, string reason);
}
