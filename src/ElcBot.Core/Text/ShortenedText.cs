using System.Globalization;

namespace ElcBot.Core.Text;

/// <summary>People's words shortened for showing, cut only between whole characters as people see them.</summary>
/// <remarks>
/// Cut by text elements, never inside one: half a surrogate pair is not valid UTF-16 (Teams shows a box, or refuses the
/// message), and half an emoji sequence or a letter without its accent changes what the person wrote.
/// </remarks>
public static class ShortenedText
{
    /// <summary>Put where words were cut, so no one takes a shortened quote for all that was said.</summary>
    public const string CutMark = " …";

    /// <summary>
    /// The text as it is when it has <paramref name="max"/> characters (UTF-16) or fewer; else cut at a word in its
    /// second half, or at the last whole text element when there is none (long words, scripts without spaces), and marked.
    /// </summary>
    public static string Of(string text, int max)
    {
        if (text.Length <= max)
        {
            return text;
        }

        var end = 0;
        var lastSpace = -1;
        while (end < text.Length)
        {
            var next = StringInfo.GetNextTextElementLength(text.AsSpan(end));
            if (end + next > max)
            {
                break;
            }

            lastSpace = text[end] == ' ' ? end : lastSpace;
            end += next;
        }

        // A space just past the limit is as good a place to cut as one inside it.
        lastSpace = text[end] == ' ' ? end : lastSpace;
        var cut = lastSpace > max / 2 ? lastSpace : end;
        return text[..cut].TrimEnd() + CutMark;
    }
}
