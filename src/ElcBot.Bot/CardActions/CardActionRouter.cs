using ElcBot.Bot.Cards;
using Newtonsoft.Json.Linq;

namespace ElcBot.Bot.CardActions;

/// <summary>Finds the handler for a card action by the name in its data, falling back to the verb.</summary>
/// <remarks>Real Teams captures have arrived without a verb, so the data's name comes first.</remarks>
public sealed class CardActionRouter(IEnumerable<ICardActionHandler> handlers)
{
    private readonly Dictionary<string, ICardActionHandler> _handlers = handlers.ToDictionary(h => h.Action, StringComparer.Ordinal);

    /// <summary>The action name in a card's data, or null when the data is not one of our card actions.</summary>
    public static string? ActionOf(JObject? data, string? verb = null) =>
        data?[CardActionData.ActionKey] is JValue { Type: JTokenType.String } name ? name.ToString() : verb;

    public ICardActionHandler? Find(string? action) =>
        action is not null && _handlers.TryGetValue(action, out var handler) ? handler : null;
}
