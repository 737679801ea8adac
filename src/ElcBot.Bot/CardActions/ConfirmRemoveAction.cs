using ElcBot.Bot.Cards;
using ElcBot.Bot.Contributions;
using ElcBot.Core.Privacy;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json.Linq;

namespace ElcBot.Bot.CardActions;

/// <summary>"Yes, remove it": erases one story or idea of the person pressing, wherever it was kept or quoted.</summary>
public sealed partial class ConfirmRemoveAction(ForgetMeService forget, ContributorIdentity identity, ILogger<ConfirmRemoveAction> logger) : ICardActionHandler
{
    public string Action => CardActionNames.ConfirmRemove;

    public async Task<CardActionResult> HandleAsync(ITurnContext turnContext, JObject data, CancellationToken cancellationToken)
    {
        if (identity.KeyOf(turnContext) is not { } key)
        {
            return CardActionResult.Replace(NoticeCard.Build(NoticeCard.UnknownPerson));
        }

        var removed = AskRemoveAction.TargetOf(data) is var (roundId, id)
            && await forget.RemoveAsync(key, roundId, id, cancellationToken).ConfigureAwait(false);
        LogRemoved(logger, removed);
        return CardActionResult.Replace(NoticeCard.Build(removed ? RemoveContributionCard.Done : RemoveContributionCard.Gone));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Remove one contribution: {Removed}")]
    private static partial void LogRemoved(ILogger logger, bool removed);
}
