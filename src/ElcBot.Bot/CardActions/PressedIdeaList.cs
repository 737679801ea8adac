using ElcBot.Bot.Cards;
using ElcBot.Bot.Contributions;
using ElcBot.Core.Contributions;
using ElcBot.Core.Rounds;
using Microsoft.Bot.Builder;

namespace ElcBot.Bot.CardActions;

/// <summary>
/// The answer to a press that changes an ideas list for everyone in the chat: the pressed page as it is now, with a
/// line (and perhaps an offer) for the presser alone; kept as what that message shows, so erasing finds it.
/// </summary>
public sealed class PressedIdeaList(IdeaListing ideas, IdeaListPoster lists)
{
    /// <param name="notice">What the presser alone reads above the list.</param>
    /// <param name="followIdeaId">The idea whose "tell me what happens" the presser alone is offered; null for none.</param>
    public async Task<CardActionResult> ShowAsync(ITurnContext turnContext, Round round, int page, string notice, string? followIdeaId, CancellationToken cancellationToken)
    {
        var current = await ideas.PageAsync(round.Id, page, cancellationToken).ConfigureAwait(false);
        await lists.RememberPressedAsync(turnContext, round, current, cancellationToken).ConfigureAwait(false);
        return CardActionResult.ReplaceForEveryone(IdeasPageCard.Build(round, current, notice, followIdeaId), IdeasPageCard.Build(round, current));
    }
}
