namespace ElcBot.Core.Summaries.Scheduling;

/// <summary>Finds the next time a weekly local time comes round, honouring clock changes.</summary>
/// <remarks>
/// In the spring gap (say 01:30 on the last Sunday of March in London) the post moves to the first minute that
/// exists after it; in the autumn overlap the first of the two 01:30s is used, so a summary is never posted twice.
/// </remarks>
public static class WeeklyOccurrence
{
    public static DateTimeOffset Next(DateTimeOffset afterUtc, DayOfWeek day, TimeOnly time, TimeZoneInfo zone)
    {
        var localNow = TimeZoneInfo.ConvertTime(afterUtc, zone).DateTime;
        var date = DateOnly.FromDateTime(localNow);
        var daysAhead = ((int)day - (int)date.DayOfWeek + 7) % 7;
        for (var week = 0; week < 3; week++)
        {
            var candidate = ToUtc(date.AddDays(daysAhead + (7 * week)).ToDateTime(time), zone);
            if (candidate > afterUtc)
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("No weekly occurrence found within three weeks.");
    }

    private static DateTimeOffset ToUtc(DateTime local, TimeZoneInfo zone)
    {
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        while (zone.IsInvalidTime(unspecified))
        {
            unspecified = unspecified.AddMinutes(1);
        }

        if (zone.IsAmbiguousTime(unspecified))
        {
            // The earlier instant has the larger offset (summer time).
            var offset = zone.GetAmbiguousTimeOffsets(unspecified).Max();
            return new DateTimeOffset(unspecified, offset).ToUniversalTime();
        }

        return new DateTimeOffset(unspecified, zone.GetUtcOffset(unspecified)).ToUniversalTime();
    }
}
