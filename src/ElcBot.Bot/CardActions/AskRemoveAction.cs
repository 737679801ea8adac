using ElcBot.Bot.Cards;
using ElcBot.Bot.Contributions;
using ElcBot.Core.Contributions;
using Microsoft.Bot.Builder;
using Newtonsoft.Json.Linq;

namespace ElcBot.Bot.CardActions;

/// <summary>"Remove this" on an item of "my contributions": asks first, showing which story or idea will go.</summary>
public sealed class AskRemoveAction(IContributionStore contributions, ContributorIdentity identity) : ICardActionHandler
{
    public string Action => CardActionNames.AskRemove;

    public async Task<CardActionResult> HandleAsync(ITurnContext turnContext, JObject data, CancellationToken cancellationToken)
    {
        if (identity.KeyOf(turnContext) is not { } key)
        {
            return CardActionResult.Replace(NoticeCard.Build(NoticeCard.UnknownPerson));
        }

        var contribution = TargetOf(data) is var (roundId, id)
            ? await contributions.GetAsync(roundId, id, cancellationToken).ConfigureAwait(false)
            : null;
        // Someone else's words are "not there" to this person: saying more would tell them whose they are.
        return contribution is null || contribution.ContributorKey != key
            ? CardActionResult.Replace(NoticeCard.Build(RemoveContributionCard.Gone))
            : CardActionResult.Replace(RemoveContributionCard.Ask(contribution));
    }

    /// <summary>The story or idea a remove button names (its data carries both ids), or null when either is missing.</summary>
    internal static (string RoundId, string ContributionId)? TargetOf(JObject data) =>
        CardData.String(data, "roundId") is { } roundId && CardData.String(data, "contributionId") is { } id ? (roundId, id) : null;
}
