using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace ElcBot.Bot.Panels;

/// <summary>The people @mentioned in a message, other than bots.</summary>
/// <remarks>Read by hand, as the command text is: a malformed mention entity must not fail the turn.</remarks>
public static class PanelMentions
{
    public const int MaxAtOnce = 10;

    public static IReadOnlyList<MentionedPerson> From(IActivity activity)
    {
        var botId = activity.Recipient?.Id;
        var found = new List<MentionedPerson>();
        foreach (var entity in (activity as IMessageActivity)?.Entities ?? [])
        {
            if (entity?.Type != "mention" || entity.Properties?["mentioned"] is not JObject mentioned)
            {
                continue;
            }

            var id = mentioned["id"]?.Type == JTokenType.String ? (string?)mentioned["id"] : null;
            var name = mentioned["name"]?.Type == JTokenType.String ? (string?)mentioned["name"] : null;
            // Bots (28:) cannot review anything; the bot itself is mentioned to be addressed in a channel.
            if (string.IsNullOrWhiteSpace(id) || id == botId || id.StartsWith("28:", StringComparison.Ordinal) || found.Any(p => p.Id == id))
            {
                continue;
            }

            found.Add(new MentionedPerson(id, string.IsNullOrWhiteSpace(name) ? "This person" : name.Trim()));
        }

        return found.Take(MaxAtOnce).ToArray();
    }
}

/// <summary>Someone @mentioned: their Teams user id and name.</summary>
public sealed record MentionedPerson(string Id, string Name);
