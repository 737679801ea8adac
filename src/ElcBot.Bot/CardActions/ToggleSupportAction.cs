using ElcBot.Bot.Cards;
using ElcBot.Bot.Contributions;
using ElcBot.Core.Contributions;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json.Linq;

namespace ElcBot.Bot.CardActions;

/// <summary>"This matters to me too": adds or takes back the person's support, then shows the same page with the new count to everyone.</summary>
public sealed partial class ToggleSupportAction(
    SupportService supports,
    PressedIdeaList list,
    RoundAccess access,
    ContributorIdentity identity,
    ILogger<ToggleSupportAction> logger) : ICardActionHandler
{
    public string Action => CardActionNames.ToggleSupport;

    public async Task<CardActionResult> HandleAsync(ITurnContext turnContext, JObject data, CancellationToken cancellationToken)
    {
        var key = identity.KeyOf(turnContext);
        if (key is null)
        {
            return CardActionResult.Replace(NoticeCard.Build(NoticeCard.UnknownPerson));
        }

        var roundId = CardData.String(data, "roundId");
        var (round, scope) = await access.FindAsync(turnContext, roundId, cancellationToken).ConfigureAwait(false);
        // The activity id identifies the press: Teams resends it unchanged when it retries.
        var pressId = turnContext.Activity.Id ?? Guid.NewGuid().ToString("N");
        var result = await supports.ToggleAsync(round, CardData.String(data, "ideaId"), key, pressId, scope ?? TurnPeople.ScopeOf(turnContext.Activity), cancellationToken).ConfigureAwait(false);
        LogOutcome(logger, result.Outcome, LoggedId.Of(roundId), result.Count);
        if (result.Outcome is SupportOutcome.IdeaUnknown or SupportOutcome.RoundClosed)
        {
            // The pressed list is out of date (its idea was removed, or the round closed): it is shown as it is now, to
            // everyone, so a removed idea's words leave the chat's list, and the presser keeps a list to read.
            return await list.ShowAsync(turnContext, round!, CardData.Int(data, "page"), NoticeCard.For(result.Outcome), null, cancellationToken).ConfigureAwait(false);
        }

        if (result.Outcome != SupportOutcome.Done)
        {
            return CardActionResult.Replace(NoticeCard.Build(NoticeCard.For(result.Outcome)));
        }

        // The thanks and the offer are the presser's; everyone else sees the same page with the new count.
        // (An Action.Submit press can only update the card for all: the offer acts for whoever presses it, so that is safe.)
        return await list.ShowAsync(turnContext, round!, CardData.Int(data, "page"), IdeasPageCard.SupportNotice(result.Supported),
            result.Supported ? CardData.String(data, "ideaId") : null, cancellationToken).ConfigureAwait(false);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Support {Outcome} in round {RoundId}; the idea now has {Count}")]
    private static partial void LogOutcome(ILogger logger, SupportOutcome outcome, string roundId, int count);
}
