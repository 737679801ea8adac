namespace ElcBot.Core.Summaries.Scheduling;

/// <summary>When a round's weekly summary is posted, and where the next post stands.</summary>
/// <param name="RoundId">The round.</param>
/// <param name="Day">The day of the week, in the schedule's time zone.</param>
/// <param name="Time">The local time of day.</param>
/// <param name="TimeZoneId">An IANA time zone id; Europe/London unless the facilitator chose another.</param>
/// <param name="NextRunUtc">The next post, as an instant.</param>
/// <param name="Paused">True when posting stopped by itself (for example the bot was removed from the team).</param>
/// <param name="PausedBecause">Why it paused; <see cref="SchedulePause.None"/> when it is not paused (or paused before the cause was kept).</param>
public sealed record SummarySchedule(
    string RoundId,
    DayOfWeek Day,
    TimeOnly Time,
    string TimeZoneId,
    DateTimeOffset NextRunUtc,
    bool Paused = false,
    SchedulePause PausedBecause = SchedulePause.None)
{
    public const string DefaultTimeZoneId = "Europe/London";
    public static readonly TimeOnly DefaultTime = new(9, 0);
    public const DayOfWeek DefaultDay = DayOfWeek.Monday;

    /// <summary>The day the next weekly summary comes, in the schedule's zone; null while it is paused, as then no one knows.</summary>
    /// <remarks>A run that is due now is being posted, so the one after it is next.</remarks>
    public DateOnly? NextDueOn(DateTimeOffset now)
    {
        if (Paused)
        {
            return null;
        }

        var next = NextRunUtc > now ? NextRunUtc : NextAfter(now);
        return DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(next, TimeZoneInfo.FindSystemTimeZoneById(TimeZoneId)).DateTime);
    }

    /// <summary>The first time after <paramref name="instant"/> that this schedule's day and time come round, in its zone.</summary>
    public DateTimeOffset NextAfter(DateTimeOffset instant) =>
        WeeklyOccurrence.Next(instant, Day, Time, TimeZoneInfo.FindSystemTimeZoneById(TimeZoneId));
}
