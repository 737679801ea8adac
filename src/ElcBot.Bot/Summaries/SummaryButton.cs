using ElcBot.Bot.CardActions;
using Microsoft.Bot.Builder;
using Newtonsoft.Json.Linq;

namespace ElcBot.Bot.Summaries;

/// <summary>One summary card button, registered under its action name; the work is in <see cref="SummaryActions"/>.</summary>
public sealed class SummaryButton(string action, SummaryActions actions) : ICardActionHandler
{
    public string Action => action;

    public Task<CardActionResult> HandleAsync(ITurnContext turnContext, JObject data, CancellationToken cancellationToken) =>
        actions.HandleAsync(turnContext, action, data, cancellationToken);
}
