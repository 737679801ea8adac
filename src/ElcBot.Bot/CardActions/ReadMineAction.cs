using ElcBot.Bot.Cards;
using ElcBot.Bot.Contributions;
using ElcBot.Core.Contributions;
using ElcBot.Core.Rounds;
using Microsoft.Bot.Builder;
using Newtonsoft.Json.Linq;

namespace ElcBot.Bot.CardActions;

/// <summary>"Read all of this story" on `my contributions`: the whole story or idea in place of the list, for its author alone.</summary>
public sealed class ReadMineAction(IContributionStore contributions, IRoundStore rounds, ContributorIdentity identity) : ICardActionHandler
{
    public string Action => CardActionNames.ReadMine;

    public async Task<CardActionResult> HandleAsync(ITurnContext turnContext, JObject data, CancellationToken cancellationToken)
    {
        if (!OwnWordsView.Allows(turnContext, identity, out var key, out var refusal))
        {
            return refusal;
        }

        var contribution = AskRemoveAction.TargetOf(data) is var (roundId, id)
            ? await contributions.GetAsync(roundId, id, cancellationToken).ConfigureAwait(false)
            : null;
        // Someone else's words are "not there" to this person, as for Remove.
        if (contribution is null || contribution.ContributorKey != key)
        {
            return CardActionResult.Replace(NoticeCard.Build(NotThere));
        }

        var round = await rounds.GetAsync(contribution.RoundId, cancellationToken).ConfigureAwait(false);
        return CardActionResult.Replace(MyContributionCard.Build(contribution, round?.Question, CardData.Int(data, "page")));
    }

    public const string NotThere = "That story or idea isn't there any more. Type **my contributions** to see what you've shared.";
}
