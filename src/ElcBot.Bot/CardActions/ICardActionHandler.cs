using Microsoft.Bot.Builder;
using Newtonsoft.Json.Linq;

namespace ElcBot.Bot.CardActions;

/// <summary>Handles one card button, whether it arrived as a Universal Action invoke or as an Action.Submit message.</summary>
public interface ICardActionHandler
{
    string Action { get; }

    /// <param name="turnContext">The turn.</param>
    /// <param name="data">The button's data merged with the card's inputs.</param>
    /// <param name="cancellationToken">The turn's cancellation.</param>
    /// <returns>The card that replaces the pressed one (for the presser alone or for everyone: see <see cref="CardActionResult"/>), or a short message when the pressed card should stay.</returns>
    Task<CardActionResult> HandleAsync(ITurnContext turnContext, JObject data, CancellationToken cancellationToken);
}
