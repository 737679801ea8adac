using ElcBot.Bot.Cards;
using ElcBot.Bot.Contributions;
using ElcBot.Core.Privacy;
using Microsoft.Bot.Builder;
using Newtonsoft.Json.Linq;

namespace ElcBot.Bot.CardActions;

/// <summary>"Ideas you said matter to you" on `my contributions`: the ideas the person supports, in place of the list.</summary>
public sealed class MySupportAction(SupportGiven supportGiven, ContributorIdentity identity) : ICardActionHandler
{
    public string Action => CardActionNames.MySupport;

    public async Task<CardActionResult> HandleAsync(ITurnContext turnContext, JObject data, CancellationToken cancellationToken)
    {
        if (!OwnWordsView.Allows(turnContext, identity, out var key, out var refusal))
        {
            return refusal;
        }

        var supported = await supportGiven.ListAsync(key, cancellationToken).ConfigureAwait(false);
        return CardActionResult.Replace(MySupportCard.Build(supported, CardData.Int(data, "page")));
    }
}
