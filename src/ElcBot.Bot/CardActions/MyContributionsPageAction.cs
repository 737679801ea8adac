using ElcBot.Bot.Cards;
using ElcBot.Bot.Contributions;
using Microsoft.Bot.Builder;
using Newtonsoft.Json.Linq;

namespace ElcBot.Bot.CardActions;

/// <summary>"Newer" and "Older" on `my contributions`: the requested page in place of the pressed one.</summary>
public sealed class MyContributionsPageAction(MyContributionsView view, ContributorIdentity identity) : ICardActionHandler
{
    public string Action => CardActionNames.MyContributionsPage;

    public async Task<CardActionResult> HandleAsync(ITurnContext turnContext, JObject data, CancellationToken cancellationToken)
    {
        if (!OwnWordsView.Allows(turnContext, identity, out var key, out var refusal))
        {
            return refusal;
        }

        var card = await view.BuildAsync(key, CardData.Int(data, "page"), cancellationToken).ConfigureAwait(false);
        return CardActionResult.Replace(card);
    }
}
