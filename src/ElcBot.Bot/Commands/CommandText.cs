using System.Text.RegularExpressions;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace ElcBot.Bot.Commands;

/// <summary>Reads the command out of a message: the bot's @mention removed and spacing tidied (case kept).</summary>
public static partial class CommandText
{
    /// <remarks>"help?", "My contributions." (phones add the full stop) and "/help" (a habit from other chat apps) mean the command.</remarks>
    public static string From(IMessageActivity activity) =>
        Normalise(WithoutMentions(activity)).TrimStart('/').TrimEnd('.', '!', '?').Trim();

    /// <summary>What the person wrote, as they wrote it (line breaks and punctuation kept), without the @mentions.</summary>
    public static string WithoutMentions(IMessageActivity activity)
    {
        var text = activity.Text ?? string.Empty;
        // Teams puts "<at>BotName</at>" into channel messages, and a mention entity saying which text it was.
        // Read the entities by hand: a malformed one must not fail the turn (the SDK's helper throws on them).
        foreach (var mentionText in BotMentionTexts(activity))
        {
            text = text.Replace(mentionText, " ", StringComparison.Ordinal);
        }

        // Clients that send the tag without a matching entity: drop the tag but keep the rest.
        return AtTag().Replace(text, " ").Replace('\u00A0', ' ').Trim();
    }

    public static string Normalise(string text) => Spaces().Replace(text.Replace('\u00A0', ' '), " ").Trim();

    private static IEnumerable<string> BotMentionTexts(IMessageActivity activity)
    {
        var botId = activity.Recipient?.Id;
        if (botId is null || activity.Entities is null)
        {
            yield break;
        }

        foreach (var entity in activity.Entities)
        {
            if (entity?.Type != "mention" || entity.Properties is not JObject properties)
            {
                continue;
            }

            var mentioned = properties["mentioned"] as JObject;
            var text = properties["text"];
            if (mentioned?["id"]?.Type == JTokenType.String && (string?)mentioned["id"] == botId
                && text?.Type == JTokenType.String && !string.IsNullOrEmpty((string?)text))
            {
                yield return (string)text!;
            }
        }
    }

    // Without backtracking the search takes time in proportion to the text: with it, a message of many unclosed
    // "<at>" tags was read to its end once per tag and ran out of time, failing the turn.
    [GeneratedRegex("<at[^>]*>.*?</at>", RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.NonBacktracking, matchTimeoutMilliseconds: 200)]
    private static partial Regex AtTag();

    [GeneratedRegex(@"\s+", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex Spaces();
}
