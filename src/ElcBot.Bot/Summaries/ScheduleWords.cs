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

    /// <summary>After a summary reached the round's conversation while the weekly one was paused.</summary>
    public static string Resumed(SummarySchedule schedule) =>
        $"The weekly summary had paused, but I can post in the round's conversation again, so I've restarted it. The next one is on {NextDay(schedule)}.";

    /// <summary>"I'll post a summary here every Monday at 09:00 (UK time). The next one is on ..."</summary>
    public static string On(SummarySchedule schedule)
    {
        return $"I'll post a summary here every {schedule.Day} at {schedule.Time.ToString("HH:mm", CultureInfo.InvariantCulture)} (UK time). "
            + $"The next one is on {NextDay(schedule)}. Type **schedule off** to stop.";
    }

    private static string NextDay(SummarySchedule schedule) =>
        TimeZoneInfo.ConvertTime(schedule.NextRunUtc, TimeZoneInfo.FindSystemTimeZoneById(schedule.TimeZoneId)).ToString("dddd d MMMM", EnGb);
}
