using ElcBot.Bot.CardActions;
using Microsoft.Bot.Builder;
using Newtonsoft.Json.Linq;

namespace ElcBot.Bot.Panels;

/// <summary>One button on a panel member's draft, registered under its action name; the work is in <see cref="PanelDraftActions"/>.</summary>
public sealed class PanelButton(string action, PanelDraftActions actions) : ICardActionHandler
{
    public string Action => action;

    public Task<CardActionResult> HandleAsync(ITurnContext turnContext, JObject data, CancellationToken cancellationToken) =>
        actions.HandleAsync(turnContext, action, data, cancellationToken);
}
