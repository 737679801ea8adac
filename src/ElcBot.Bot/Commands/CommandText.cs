using System.Text.RegularExpressions;
using Microsoft.Bot.Schema;

namespace ElcBot.Bot.Commands;

/// <summary>Reads the command out of a message: the bot's @mention removed and spacing tidied (case kept).</summary>
public static partial class CommandText
{
    public static string From(IMessageActivity activity)
    {
        var text = activity.Text ?? string.Empty;
        if (activity.Recipient?.Id is not null && activity.Entities is not null)
        {
            // Teams puts "<at>BotName</at>" into channel messages; the mention entity says which text it was.
            text = activity.RemoveRecipientMention() ?? text;
        }

        // Clients that send the tag without a matching entity: drop the tag but keep the rest.
        text = AtTag().Replace(text, " ");
        return Normalise(text);
    }

    public static string Normalise(string text) => Spaces().Replace(text.Replace('\u00A0', ' '), " ").Trim();

    [GeneratedRegex("<at[^>]*>.*?</at>", RegexOptions.IgnoreCase | RegexOptions.Singleline, matchTimeoutMilliseconds: 200)]
    private static partial Regex AtTag();

    [GeneratedRegex(@"\s+", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex Spaces();
}
