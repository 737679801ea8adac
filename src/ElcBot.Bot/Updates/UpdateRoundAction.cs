using ElcBot.Bot.CardActions;
using ElcBot.Bot.Cards;
using ElcBot.Bot.Facilitation;
using ElcBot.Core.Rounds;
using Microsoft.Bot.Builder;
using Newtonsoft.Json.Linq;

namespace ElcBot.Bot.Updates;

/// <summary>"Give an update" on the round choice (personal chat): the update form for that round in its place.</summary>
public sealed class UpdateRoundAction(IFacilitatorCheck facilitators, IRoundStore rounds, UpdateFormSource forms) : ICardActionHandler
{
    public string Action => CardActionNames.UpdateRound;

    public async Task<CardActionResult> HandleAsync(ITurnContext turnContext, JObject data, CancellationToken cancellationToken)
    {
        if (!await facilitators.IsFacilitatorAsync(turnContext, cancellationToken).ConfigureAwait(false))
        {
            return CardActionResult.Say(FacilitatorReplies.NotAllowed);
        }

        var round = CardData.String(data, "roundId") is { } id ? await rounds.GetAsync(id, cancellationToken).ConfigureAwait(false) : null;
        if (round is null || !UpdateAccess.MayUpdateFromHere(turnContext.Activity, round))
        {
            return CardActionResult.Say(NoticeCard.RoundUnknown);
        }

        var form = await forms.LoadAsync(round, cancellationToken).ConfigureAwait(false);
        return form.IsEmpty ? CardActionResult.Say(UpdateCommand.NothingToUpdate) : CardActionResult.Replace(UpdateFormCard.Build(form, Guid.NewGuid().ToString("N")));
    }
}
