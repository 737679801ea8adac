using System.Globalization;
using ElcBot.Core.Summaries.Scheduling;

namespace ElcBot.Bot.Summaries;

/// <summary>How the bot describes a round's weekly summary: when it is posted, or why it is paused and what to do.</summary>
public static class ScheduleWords
{
    public static readonly string None = $"There is no weekly summary for this round. Type **{ScheduleText.Example}** to start one.";

    /// <summary>Older paused schedules may have kept no reason.</summary>
    public const string PausedWithoutReason = "The weekly summary is paused. Type **schedule summary** here to start it again.";

    private static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>One short line: when the next summary is posted, or why it is paused and what to do.</summary>
    public static string Status(SummarySchedule? schedule) => schedule switch
    {
        null => None,
        { Paused: true } => Paused(schedule),
        _ => On(schedule),
    };

    /// <summary>Why the schedule is paused and what to do, in the words kept when it paused.</summary>
    public static string Paused(SummarySchedule schedule) => schedule.PausedReason ?? PausedWithoutReason;

    /// <summary>"I'll post a summary here every Monday at 09:00 (UK time). The next one is on ..."</summary>
    public static string On(SummarySchedule schedule)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(schedule.TimeZoneId);
        var next = TimeZoneInfo.ConvertTime(schedule.NextRunUtc, zone);
        return $"I'll post a summary here every {schedule.Day} at {schedule.Time.ToString("HH:mm", CultureInfo.InvariantCulture)} (UK time). "
            + $"The next one is on {next.ToString("dddd d MMMM", EnGb)}. Type **schedule off** to stop.";
    }
}
