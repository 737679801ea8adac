namespace ElcBot.Bot.Contributions;

/// <summary>
/// Whether a message typed to the bot reads like a story: long enough, and not a question. Counted so that a story
/// written in Chinese, Japanese or Thai, which put no spaces between words, is offered back like one in English.
/// </summary>
public static class StoryLikeText
{
    /// <summary>
    /// Letters of scripts written without spaces between words, counted as this many to a word. Chinese words are one
    /// to two characters long, Japanese and Thai ones a few more; two keeps a short question or a mistyped command
    /// (a handful of characters) under the bar, and a sentence of a dozen or more characters over it.
    /// </summary>
    private const int UnspacedLettersPerWord = 2;

    /// <summary>Question marks of the scripts people write in: Latin, Arabic and Urdu, Greek, and full-width (Chinese, Japanese).</summary>
    private static readonly string[] QuestionMarks = ["?", "\u061F", "\u037E", "\uFF1F"];

    /// <summary>True when the text has at least <paramref name="minWords"/> words and does not end with a question mark.</summary>
    public static bool ReadsLikeAStory(string text, int minWords)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.TrimEnd();
        return !QuestionMarks.Any(mark => trimmed.EndsWith(mark, StringComparison.Ordinal))
            && WordsIn(trimmed) >= minWords;
    }

    /// <summary>Words split by spaces; within each, letters of an unspaced script count a word for every two.</summary>
    public static int WordsIn(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = 0;
        foreach (var piece in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var unspaced = UnspacedLetters(piece);
            // "我爸爸住院的时候护士很好" is one piece but many words; "ward" is one whatever it holds.
            words += unspaced == 0 ? 1 : Math.Max(1, (unspaced + UnspacedLettersPerWord - 1) / UnspacedLettersPerWord);
        }

        return words;
    }

    private static int UnspacedLetters(string piece)
    {
        var count = 0;
        foreach (var rune in piece.EnumerateRunes())
        {
            if (IsUnspacedScript(rune.Value))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>Chinese characters, Japanese kana, and the South-East Asian scripts written without spaces (Korean has spaces).</summary>
    private static bool IsUnspacedScript(int codePoint) => codePoint switch
    {
        >= 0x3040 and <= 0x30FF => true,   // Hiragana and Katakana
        >= 0x3400 and <= 0x4DBF => true,   // CJK Extension A
        >= 0x4E00 and <= 0x9FFF => true,   // CJK Unified Ideographs
        >= 0xF900 and <= 0xFAFF => true,   // CJK Compatibility Ideographs
        >= 0x0E00 and <= 0x0EFF => true,   // Thai and Lao
        >= 0x1000 and <= 0x109F => true,   // Myanmar
        >= 0x1780 and <= 0x17FF => true,   // Khmer
        >= 0x20000 and <= 0x2FA1F => true, // CJK Extensions B onwards
        _ => false,
    };
}
