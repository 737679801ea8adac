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
        return WithoutAtTags(text).Replace('\u00A0', ' ').Trim();
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

    /// <summary>Each "&lt;at ...&gt;...&lt;/at&gt;" (any case) becomes one space, as the regex <c>&lt;at[^&gt;]*&gt;.*?&lt;/at&gt;</c> would.</summary>
    /// <remarks>
    /// Written out rather than a regex: with backtracking, a message of many unclosed "&lt;at&gt;" tags was read to its end
    /// once per tag and ran out of time, failing the turn; the non-backtracking engine builds its automaton on first
    /// use, which on a busy machine took longer than the time allowed. This reads the text once.
    /// </remarks>
    private static string WithoutAtTags(string text)
    {
        var kept = new System.Text.StringBuilder(text.Length);
        var from = 0;
        while (text.IndexOf("<at", from, StringComparison.OrdinalIgnoreCase) is var start and >= 0)
        {
            // With no '>' or no closing tag after this opening, none after it can have one either.
            var opened = text.IndexOf('>', start + 3);
            var closing = opened < 0 ? -1 : text.IndexOf("</at>", opened + 1, StringComparison.OrdinalIgnoreCase);
            if (closing < 0)
            {
                break;
            }

            kept.Append(text, from, start - from).Append(' ');
            from = closing + "</at>".Length;
        }

        return kept.Append(text, from, text.Length - from).ToString();
    }

    [GeneratedRegex(@"\s+", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex Spaces();
}
