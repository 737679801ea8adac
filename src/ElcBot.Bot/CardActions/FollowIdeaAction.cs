using ElcBot.Bot.Cards;
using ElcBot.Bot.Contributions;
using ElcBot.Bot.Updates;
using ElcBot.Core.Contributions;
using ElcBot.Core.Updates;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json.Linq;

namespace ElcBot.Bot.CardActions;

/// <summary>"Tell me what happens to this idea", offered after someone supports it: the supporter may now be sent updates.</summary>
public sealed partial class FollowIdeaAction(
    ContactPermissions permissions,
    ContactCapture contacts,
    IdeaListing ideas,
    PressedIdeaList list,
    RoundAccess access,
    ContributorIdentity identity,
    ILogger<FollowIdeaAction> logger) : ICardActionHandler
{
    public const string Following = "Done. I'll send you a direct message when a facilitator says what happens to this idea. Type **stop updates** to stop.";
    public const string NotSupporting = "Press \"This matters to me too\" on the idea first. Then I can tell you what happens to it.";

    public string Action => CardActionNames.FollowIdea;

    public async Task<CardActionResult> HandleAsync(ITurnContext turnContext, JObject data, CancellationToken cancellationToken)
    {
        var key = identity.KeyOf(turnContext);
        if (key is null)
        {
            return CardActionResult.Replace(NoticeCard.Build(NoticeCard.UnknownPerson));
        }

        var (round, scope) = await access.FindAsync(turnContext, CardData.String(data, "roundId"), cancellationToken).ConfigureAwait(false);
        var outcome = await permissions.FollowIdeaAsync(round?.Id, CardData.String(data, "ideaId"), key, scope ?? TurnPeople.ScopeOf(turnContext.Activity), cancellationToken)
            .ConfigureAwait(false);
        LogOutcome(logger, outcome, round?.Id);
        switch (outcome)
        {
            case FollowOutcome.Following:
                await contacts.RememberAsync(turnContext, key, cancellationToken).ConfigureAwait(false);
                break;
            case FollowOutcome.NotSupporting:
                break;
            case FollowOutcome.IdeaUnknown:
                // Removed since the list was shown: the list as it is now, for everyone, so its words leave the chat's list too.
                return await list.ShowAsync(turnContext, round!, CardData.Int(data, "page"), NoticeCard.For(SupportOutcome.IdeaUnknown), null, cancellationToken).ConfigureAwait(false);
            default:
                return CardActionResult.Replace(NoticeCard.Build(outcome switch
                {
                    FollowOutcome.NotAllowed => NoticeCard.NotAllowed,
                    _ => NoticeCard.RoundUnknown,
                }));
        }

        var page = await ideas.PageAsync(round!.Id, CardData.Int(data, "page"), cancellationToken).ConfigureAwait(false);
        return CardActionResult.Replace(IdeasPageCard.Build(round, page, outcome == FollowOutcome.Following ? Following : NotSupporting));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Follow idea {Outcome} in round {RoundId}")]
    private static partial void LogOutcome(ILogger logger, FollowOutcome outcome, string? roundId);
}
