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
        if (identity.KeyOf(turnContext) is not { } key)
        {
            return CardActionResult.Replace(NoticeCard.Build(NoticeCard.UnknownPerson));
        }

        // The page shows the person's own words, including those meant for facilitators only: never where others can see.
        if (!TurnPeople.IsPersonal(turnContext.Activity))
        {
            return CardActionResult.Say(NoticeCard.PersonalOnly);
        }

        var card = await view.BuildAsync(key, CardData.Int(data, "page"), cancellationToken).ConfigureAwait(false);
        return CardActionResult.Replace(card);
    }
}
