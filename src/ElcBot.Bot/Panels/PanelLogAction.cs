using ElcBot.Bot.CardActions;
using ElcBot.Bot.Cards;
using ElcBot.Bot.Facilitation;
using ElcBot.Core.Panels;
using ElcBot.Core.Rounds;
using Microsoft.Bot.Builder;
using Newtonsoft.Json.Linq;

namespace ElcBot.Bot.Panels;

/// <summary>"See the change log" on the panel card: the same as `panel log`.</summary>
public sealed class PanelLogAction(IFacilitatorCheck facilitators, IRoundStore rounds, IPanelStore panels) : ICardActionHandler
{
    public string Action => PanelCardActions.ShowLog;

    public async Task<CardActionResult> HandleAsync(ITurnContext turnContext, JObject data, CancellationToken cancellationToken)
    {
        if (!await facilitators.IsFacilitatorAsync(turnContext, cancellationToken).ConfigureAwait(false))
        {
            return CardActionResult.Say(FacilitatorReplies.NotAllowed);
        }

        var round = CardData.String(data, "roundId") is { } roundId ? await rounds.GetAsync(roundId, cancellationToken).ConfigureAwait(false) : null;
        if (round is null)
        {
            return CardActionResult.Say(NoticeCard.RoundUnknown);
        }

        var changes = await panels.ListChangesAsync(round.Id, PanelLogCard.Shown, cancellationToken).ConfigureAwait(false);
        return CardActionResult.Replace(PanelLogCard.Build(round.Question, changes));
    }
}
