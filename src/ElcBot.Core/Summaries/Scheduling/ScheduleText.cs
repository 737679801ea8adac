using System.Globalization;
using ElcBot.Core.Text;

namespace ElcBot.Core.Summaries.Scheduling;

/// <summary>Reads "monday 09:00" style schedules as people type them ("every Monday at 9am" too).</summary>
public static class ScheduleText
{
    public const string Example = "schedule summary monday 09:00";
    private static readonly string[] TimeFormats = ["H:mm", "HH:mm", "H.mm", "HH.mm", "Hmm", "HHmm", "h:mmtt", "h.mmtt", "htt", "h:mm tt", "h tt"];

    // Words people put around a day and a time that change nothing: "every Monday at 9am", "each week on Fri".
    private static readonly HashSet<string> Filler = new(StringComparer.OrdinalIgnoreCase) { "every", "each", "on", "at", "a", "the", "week", "weekly" };

    /// <summary>Parses "[day] [time]"; missing parts take the defaults (Monday, 09:00).</summary>
    /// <returns>False with a plain-English reason when the text cannot be read.</returns>
    public static bool TryParse(string text, out DayOfWeek day, out TimeOnly time, out string? problem)
    {
        day = SummarySchedule.DefaultDay;
        time = SummarySchedule.DefaultTime;
        problem = null;
        DayOfWeek? dayGiven = null;
        TimeOnly? timeGiven = null;
        foreach (var word in Words(text))
        {
            if (Filler.Contains(word))
            {
                continue;
            }

            if (TryDay(word, out var d))
            {
                if (dayGiven is { } earlier && earlier != d)
                {
                    problem = $"I post one summary a week, so please give one day. For example: {Example}";
                    return false;
                }

                dayGiven = d;
            }
            else if (TryTime(word, out var t))
            {
                if (timeGiven is { } earlier && earlier != t)
                {
                    problem = $"Please give one time. For example: {Example}";
                    return false;
                }

                timeGiven = t;
            }
            else
            {
                problem = $"I couldn't read \"{Quoted(word)}\". Try something like: {Example}";
                return false;
            }
        }

        day = dayGiven ?? day;
        time = timeGiven ?? time;
        return true;
    }

    /// <summary>The start of a word quoted back: a whole pasted paragraph could make the reply too long for Teams to take.</summary>
    private static string Quoted(string word) => ShortenedText.Of(word, 30);

    /// <summary>The words, with "am" or "pm" typed apart joined to the number before it ("9 am" reads as "9am").</summary>
    private static List<string> Words(string text)
    {
        var words = new List<string>();
        foreach (var word in text.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var meridiem = word.Equals("am", StringComparison.OrdinalIgnoreCase) || word.Equals("pm", StringComparison.OrdinalIgnoreCase);
            if (meridiem && words.Count > 0 && char.IsDigit(words[^1][^1]))
            {
                words[^1] += word;
            }
            else
            {
                words.Add(word);
            }
        }

        return words;
    }

    private static bool TryTime(string word, out TimeOnly time)
    {
        // A bare hour ("9", "17") is on the hour.
        if (word.Length <= 2 && int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out var hour) && hour < 24)
        {
            time = new TimeOnly(hour, 0);
            return true;
        }

        if (word.Equals("noon", StringComparison.OrdinalIgnoreCase) || word.Equals("midday", StringComparison.OrdinalIgnoreCase))
        {
            time = new TimeOnly(12, 0);
            return true;
        }

        return TimeOnly.TryParseExact(word.ToUpperInvariant(), TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out time);
    }

    private static bool TryDay(string word, out DayOfWeek day)
    {
        // "Mondays" and "weds" name a day as well as "monday" and "wed".
        var stem = word.Length > 3 && word.EndsWith('s') ? word[..^1] : word;
        foreach (var candidate in Enum.GetValues<DayOfWeek>())
        {
            var name = candidate.ToString();
            if (name.StartsWith(word, StringComparison.OrdinalIgnoreCase) && word.Length >= 3
                || name.StartsWith(stem, StringComparison.OrdinalIgnoreCase) && stem.Length >= 3)
            {
                day = candidate;
                return true;
            }
        }

        day = default;
        return false;
    }
}
