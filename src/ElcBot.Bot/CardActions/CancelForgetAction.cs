using ElcBot.Bot.Cards;
using Microsoft.Bot.Builder;
using Newtonsoft.Json.Linq;

namespace ElcBot.Bot.CardActions;

/// <summary>"No, keep it": the question is replaced by a note that nothing was deleted.</summary>
public sealed class CancelForgetAction : ICardActionHandler
{
    public string Action => CardActionNames.CancelForget;

    public Task<CardActionResult> HandleAsync(ITurnContext turnContext, JObject data, CancellationToken cancellationToken) =>
        Task.FromResult(CardActionResult.Replace(NoticeCard.Build(ForgetMeCard.Kept)));
}
