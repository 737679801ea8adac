namespace ElcBot.Bot.CardActions;

/// <summary>
/// An id read from card data, made safe to write into a log line. Card data comes from whoever sent the request, so
/// an id can hold line breaks (which would forge log lines in a plain-text log) or run to thousands of characters.
/// </summary>
public static class LoggedId
{
    private const int MaxLength = 64;

    public static string Of(string? id)
    {
        if (id is null)
        {
            return "(none)";
        }

        if (id.Length <= MaxLength && id.All(IsPlain))
        {
            return id;
        }

        // Enough of it to recognise, with anything unusual shown as '?', and its true length.
        var start = new string(id.Take(MaxLength / 2).Select(c => IsPlain(c) ? c : '?').ToArray());
        return $"{start}... ({id.Length} characters)";
    }

    // Ids the bot makes are GUIDs, Teams ids ("19:...@thread.tacv2", "29:...") and import ids from file names.
    private static bool IsPlain(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or ':' or '.' or '@' or ';' or '=';
}
