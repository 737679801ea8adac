namespace ElcBot.Core.Rounds;

/// <summary>The day it is in the UK, where a round's last day is meant.</summary>
/// <remarks>
/// A facilitator who picks 30 June means the end of 30 June in the UK. By the UTC date, a round would go on taking
/// stories until 01:00 on 1 July in summer time.
/// </remarks>
public static class UkCalendar
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    public static DateOnly Today(TimeProvider time) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), London).DateTime);
}
