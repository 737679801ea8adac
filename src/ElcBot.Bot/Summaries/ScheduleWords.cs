using System.Globalization;
using ElcBot.Core.Summaries.Scheduling;

namespace ElcBot.Bot.Summaries;

/// <summary>How the bot describes a round's weekly summary: when it is posted, or why it is paused and what to do.</summary>
public static class ScheduleWords
{
    public static readonly string None = $"There is no weekly summary for this round. Type **{ScheduleText.Example}** to start one.";

    public const string PausedRemoved = "The weekly summary is paused because I'm no longer in this team or chat. Add me back, then type **schedule summary** here to start it again.";

    public const string PausedUnreachable = "The weekly summary is paused because I can't reach this channel or chat yet. Type **schedule summary** here to start it again.";

    /// <summary>Schedules paused before the cause was kept.</summary>
    public const string PausedWithoutReason = "The weekly summary is paused. Type **schedule summary** here to start it again.";

    private static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>One short line: when the next summary is posted, or why it is paused and what to do.</summary>
    public static string Status(SummarySchedule? schedule) => schedule switch
    {
        null => None,
        { Paused: true } => Paused(schedule),
        _ => On(schedule),
    };

    /// <summary>Why the schedule is paused and what to do, said in the round's own conversation.</summary>
    public static string Paused(SummarySchedule schedule) => schedule.PausedBecause switch
    {
        SchedulePause.BotRemoved => PausedRemoved,
        SchedulePause.ConversationUnknown => PausedUnreachable,
        _ => PausedWithoutReason,
    };

    /// <summary>Where a round's weekly summary stands, said in personal chat, away from the round's own conversation.</summary>
    public static string Elsewhere(SummarySchedule? schedule) => schedule switch
    {
        null => "No weekly summary. To start one, type **schedule summary** in the round's channel or chat.",
        { Paused: false } => $"Every {DayAndTime(schedule)}. The next one is on {NextDay(schedule)}.",
        { PausedBecause: SchedulePause.BotRemoved } => "Paused: I'm no longer in the round's team or chat. Add me back, then type **schedule summary** there.",
        { PausedBecause: SchedulePause.ConversationUnknown } => "Paused: I can't reach the round's channel or chat yet. Type **schedule summary** there.",
        _ => "Paused. To start it again, type **schedule summary** in the round's channel or chat.",
    };

    /// <summary>For a facilitator's `help` in personal chat: how many weekly summaries paused, and where to find out more.</summary>
    public static string PausedCount(int rounds) => rounds == 1
        ? "The weekly summary of one round has paused. Type **schedule** to see which, and why."
        : $"The weekly summaries of {rounds} rounds have paused. Type **schedule** to see which, and why.";

    /// <summary>After a summary reached the round's conversation while the weekly one was paused.</summary>
    public static string Resumed(SummarySchedule schedule) =>
        $"The weekly summary had paused, but I can post in the round's conversation again, so I've restarted it. The next one is on {NextDay(schedule)}.";

    /// <summary>"I'll post a summary here every Monday at 09:00 (UK time). The next one is on ..."</summary>
    public static string On(SummarySchedule schedule)
    {
        return $"I'll post a summary here every {DayAndTime(schedule)}. "
            + $"The next one is on {NextDay(schedule)}. Type **schedule off** to stop.";
    }

    /// <summary>"Monday at 09:00 (UK time)".</summary>
    private static string DayAndTime(SummarySchedule schedule) => $"{schedule.Day} at {schedule.Time.ToString("HH:mm", CultureInfo.InvariantCulture)} (UK time)";

    private static string NextDay(SummarySchedule schedule) =>
        TimeZoneInfo.ConvertTime(schedule.NextRunUtc, TimeZoneInfo.FindSystemTimeZoneById(schedule.TimeZoneId)).ToString("dddd d MMMM", EnGb);
}
