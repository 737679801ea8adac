using ElcBot.Bot.Cards;
using ElcBot.Bot.Contributions;
using ElcBot.Core.Contributions;
using Microsoft.Bot.Builder;
using Newtonsoft.Json.Linq;

namespace ElcBot.Bot.CardActions;

/// <summary>"See the ideas", "Newer ideas" and "Older ideas": the requested page in place of the pressed card.</summary>
public sealed class IdeasPageAction(IdeaListing ideas, RoundAccess access, IdeaListPoster lists) : ICardActionHandler
{
    public const string Below = "below";
    public const string ListSent = "I've put the ideas below.";

    public string Action => CardActionNames.IdeasPage;

    public async Task<CardActionResult> HandleAsync(ITurnContext turnContext, JObject data, CancellationToken cancellationToken)
    {
        var (round, scope) = await access.FindAsync(turnContext, CardData.String(data, "roundId"), cancellationToken).ConfigureAwait(false);
        if (round is null)
        {
            return CardActionResult.Replace(NoticeCard.Build(NoticeCard.RoundUnknown));
        }

        if (!round.Allows(scope!))
        {
            return CardActionResult.Replace(NoticeCard.Build(NoticeCard.NotAllowed));
        }

        var page = await ideas.PageAsync(round.Id, CardData.Int(data, "page"), cancellationToken).ConfigureAwait(false);
        // From the round card (shared by everyone) the list goes below it; from a list, the list itself changes page.
        if (CardData.Flag(data, Below))
        {
            await lists.PostAsync(turnContext, round, page, cancellationToken).ConfigureAwait(false);
            return CardActionResult.Say(ListSent);
        }

        return CardActionResult.Replace(IdeasPageCard.Build(round, page));
    }
}
