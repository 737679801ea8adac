using System.Text;

namespace ElcBot.Core.Text;

/// <summary>Words people typed, made safe to keep and to show, with nothing they meant to say taken away.</summary>
/// <remarks>
/// A phone keyboard or a paste can bring characters no one can see: control characters, and halves of an emoji
/// (a lone surrogate) from text cut at the wrong place. A lone surrogate cannot be written as UTF-8, so Table Storage
/// quietly turns it into U+FFFD on the way in (seen with Azure.Data.Tables 12.13 and Azurite): the words kept would
/// differ from the words the person was shown. Control characters can break a spreadsheet or a card. So: line breaks
/// and tabs are kept; "\r\n" becomes "\n"; a lone surrogate becomes U+FFFD here, before anything is shown or kept;
/// other control characters go. Whole emoji, accents and joiners inside emoji sequences are not touched.
/// </remarks>
public static class TypedText
{
    public const char Unreadable = '\uFFFD';

    /// <summary>The text cleaned and trimmed; empty for null.</summary>
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        if (!NeedsCleaning(text))
        {
            return text.Trim();
        }

        var cleaned = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                cleaned.Append(c).Append(text[++i]);
            }
            else if (char.IsSurrogate(c))
            {
                cleaned.Append(Unreadable);
            }
            else if (c == '\r')
            {
                // "\r\n" and a lone "\r" are both one line break.
                cleaned.Append('\n');
                i += i + 1 < text.Length && text[i + 1] == '\n' ? 1 : 0;
            }
            else if (c is '\n' or '\t' || !char.IsControl(c))
            {
                cleaned.Append(c);
            }
        }

        return cleaned.ToString().Trim();
    }

    private static bool NeedsCleaning(string text)
    {
        foreach (var c in text)
        {
            if (char.IsSurrogate(c) || (char.IsControl(c) && c is not '\n' and not '\t'))
            {
                return true;
            }
        }

        return false;
    }
}
