using ElcBot.Bot.Cards;
using ElcBot.Bot.Contributions;
using ElcBot.Core.Privacy;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json.Linq;

namespace ElcBot.Bot.CardActions;

/// <summary>"Yes, delete everything": erases the person's stories, ideas and supports and says how many went.</summary>
public sealed partial class ConfirmForgetAction(ForgetMeService forget, ContributorIdentity identity, ILogger<ConfirmForgetAction> logger) : ICardActionHandler
{
    public string Action => CardActionNames.ConfirmForget;

    public async Task<CardActionResult> HandleAsync(ITurnContext turnContext, JObject data, CancellationToken cancellationToken)
    {
        var person = identity.ToForget(turnContext);
        if (person is null)
        {
            return CardActionResult.Replace(NoticeCard.Build(NoticeCard.UnknownPerson));
        }

        var erased = await forget.EraseAsync(person, cancellationToken).ConfigureAwait(false);
        LogErased(logger, erased.Stories, erased.Ideas, erased.Supports);
        return CardActionResult.Replace(ForgetMeCard.Done(erased));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Forget me: erased {Stories} stories, {Ideas} ideas and {Supports} supports")]
    private static partial void LogErased(ILogger logger, int stories, int ideas, int supports);
}
