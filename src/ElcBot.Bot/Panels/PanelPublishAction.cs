using ElcBot.Bot.CardActions;
using ElcBot.Bot.Cards;
using ElcBot.Bot.Facilitation;
using Microsoft.Bot.Builder;
using Newtonsoft.Json.Linq;

namespace ElcBot.Bot.Panels;

/// <summary>"Post the summary now" on the panel card: the same rules as `panel publish`.</summary>
public sealed class PanelPublishAction(IFacilitatorCheck facilitators, PanelPublisher publisher) : ICardActionHandler
{
    public string Action => PanelCardActions.Publish;

    public async Task<CardActionResult> HandleAsync(ITurnContext turnContext, JObject data, CancellationToken cancellationToken)
    {
        if (!await facilitators.IsFacilitatorAsync(turnContext, cancellationToken).ConfigureAwait(false))
        {
            return CardActionResult.Say(FacilitatorReplies.NotAllowed);
        }

        if (CardData.String(data, "roundId") is not { } roundId)
        {
            return CardActionResult.Say(PanelReplies.NoDraft);
        }

        var result = await publisher.PublishAsync(roundId, PanelTurns.Actor(turnContext), cancellationToken).ConfigureAwait(false);
        return CardActionResult.Say(result.Message);
    }
}
