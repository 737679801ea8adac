using System.Text.Json.Nodes;

namespace ElcBot.Web.Playground;

/// <summary>
/// The cards people see in place of a bot's card after pressing one of its buttons, each for that person alone.
/// Teams shows the card answering an Action.Execute only to the person who pressed; everyone else keeps the message as
/// the bot sent it. Not thread-safe: <see cref="TranscriptStore"/> holds its lock around every use.
/// </summary>
internal sealed class PersonalCards
{
    private const string AdaptiveCard = "application/vnd.microsoft.card.adaptive";
    private readonly Dictionary<(string Transcript, string ActivityId, string PersonId), JsonObject> _cards = [];

    /// <summary>Whether the message has a card that a person's own version could take the place of.</summary>
    public static bool HasCard(JsonObject activity) => activity["attachments"] is JsonArray { Count: > 0 } attachments
        && (string?)attachments[0]?["contentType"] == AdaptiveCard;

    public void Set(string transcript, string activityId, string personId, JsonObject card) =>
        _cards[(transcript, activityId, personId)] = card.DeepClone().AsObject();

    /// <summary>Forgets everyone's own version of a message, once the message itself has changed or gone.</summary>
    public void Forget(string transcript, string activityId)
    {
        foreach (var key in _cards.Keys.Where(k => k.Transcript == transcript && k.ActivityId == activityId).ToArray())
        {
            _cards.Remove(key);
        }
    }

    /// <summary>The message as <paramref name="personId"/> sees it: a copy with their own card, when they have one.</summary>
    public JsonObject SeenBy(string transcript, JsonObject activity, string? personId)
    {
        var copy = activity.DeepClone().AsObject();
        if (personId is not null && (string?)activity["id"] is { } id && _cards.TryGetValue((transcript, id, personId), out var card) && HasCard(copy))
        {
            copy["attachments"]![0] = new JsonObject { ["contentType"] = AdaptiveCard, ["content"] = card.DeepClone() };
        }

        return copy;
    }
}
