using ElcBot.Bot.CardActions;
using ElcBot.Bot.Cards;
using ElcBot.Bot.Facilitation;
using ElcBot.Bot.Installation;
using Microsoft.Bot.Builder;
using Newtonsoft.Json.Linq;

namespace ElcBot.Bot.Panels;

/// <summary>"Post the summary now" on the panel card: the same rules as `panel publish`.</summary>
public sealed class PanelPublishAction(IFacilitatorCheck facilitators, PanelPublisher publisher, ConversationRegistrar registrar) : ICardActionHandler
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

        // The panel card is shown in the round's channel: pressing it there gives the bot the channel's address if it had none.
        await registrar.RememberAsync(turnContext, cancellationToken).ConfigureAwait(false);
        var result = await publisher.PublishAsync(roundId, PanelTurns.Actor(turnContext), cancellationToken).ConfigureAwait(false);
        return CardActionResult.Say(result.Message);
    }
}
