using System.Globalization;

namespace ElcBot.Core.Summaries.Scheduling;

/// <summary>Reads "monday 09:00" style schedules as people type them.</summary>
public static class ScheduleText
{
    private static readonly string[] TimeFormats = ["H:mm", "HH:mm", "H.mm", "HH.mm", "Hmm", "HHmm", "h:mmtt", "htt", "h:mm tt", "h tt"];

    /// <summary>Parses "[day] [time]"; missing parts take the defaults (Monday, 09:00).</summary>
    /// <returns>False with a plain-English reason when the text cannot be read.</returns>
    public static bool TryParse(string text, out DayOfWeek day, out TimeOnly time, out string? problem)
    {
        day = SummarySchedule.DefaultDay;
        time = SummarySchedule.DefaultTime;
        problem = null;
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        foreach (var word in words)
        {
            if (TryDay(word, out var d))
            {
                day = d;
            }
            else if (TimeOnly.TryParseExact(word.ToUpperInvariant(), TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var t))
            {
                time = t;
            }
            else
            {
                problem = $"I couldn't read \"{word}\". Try something like: schedule summary monday 09:00";
                return false;
            }
        }

        return true;
    }

    private static bool TryDay(string word, out DayOfWeek day)
    {
        foreach (var candidate in Enum.GetValues<DayOfWeek>())
        {
            var name = candidate.ToString();
            if (word.Length >= 3 && name.StartsWith(word, StringComparison.OrdinalIgnoreCase))
            {
                day = candidate;
                return true;
            }
        }

        day = default;
        return false;
    }
}
