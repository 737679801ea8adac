using ElcBot.Core.Summaries.Scheduling;

namespace ElcBot.Tests.Summaries;

public sealed class WeeklyOccurrenceTests
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    [Fact]
    public void Should_post_at_nine_local_on_both_sides_of_the_march_clock_change()
    {
        // Clocks go forward on Sunday 29 March 2026.
        var before = WeeklyOccurrence.Next(Utc(2026, 3, 20, 12, 0), DayOfWeek.Monday, new TimeOnly(9, 0), London);
        var after = WeeklyOccurrence.Next(before, DayOfWeek.Monday, new TimeOnly(9, 0), London);

        Assert.Equal(Utc(2026, 3, 23, 9, 0), before);
        Assert.Equal(Utc(2026, 3, 30, 8, 0), after);
    }

    [Fact]
    public void Should_post_at_nine_local_on_both_sides_of_the_october_clock_change()
    {
        // Clocks go back on Sunday 25 October 2026.
        var before = WeeklyOccurrence.Next(Utc(2026, 10, 17, 12, 0), DayOfWeek.Monday, new TimeOnly(9, 0), London);
        var after = WeeklyOccurrence.Next(before, DayOfWeek.Monday, new TimeOnly(9, 0), London);

        Assert.Equal(Utc(2026, 10, 19, 8, 0), before);
        Assert.Equal(Utc(2026, 10, 26, 9, 0), after);
    }

    [Fact]
    public void Should_move_to_the_first_real_minute_when_the_time_falls_in_the_spring_gap()
    {
        var next = WeeklyOccurrence.Next(Utc(2026, 3, 28, 12, 0), DayOfWeek.Sunday, new TimeOnly(1, 30), London);

        Assert.Equal(Utc(2026, 3, 29, 1, 0), next);
    }

    [Fact]
    public void Should_post_once_at_the_first_of_the_two_times_in_the_autumn_overlap()
    {
        var first = WeeklyOccurrence.Next(Utc(2026, 10, 24, 12, 0), DayOfWeek.Sunday, new TimeOnly(1, 30), London);
        var next = WeeklyOccurrence.Next(first, DayOfWeek.Sunday, new TimeOnly(1, 30), London);

        Assert.Equal(Utc(2026, 10, 25, 0, 30), first);
        Assert.Equal(Utc(2026, 11, 1, 1, 30), next);
    }

    [Fact]
    public void Should_choose_next_week_when_today_is_the_day_but_the_time_has_passed()
    {
        var next = WeeklyOccurrence.Next(Utc(2026, 11, 23, 9, 0), DayOfWeek.Monday, new TimeOnly(9, 0), London);

        Assert.Equal(Utc(2026, 11, 30, 9, 0), next);
    }

    [Theory]
    [InlineData("", DayOfWeek.Monday, 9, 0)]
    [InlineData("monday 09:00", DayOfWeek.Monday, 9, 0)]
    [InlineData("Fri 16:30", DayOfWeek.Friday, 16, 30)]
    [InlineData("wednesday 8am", DayOfWeek.Wednesday, 8, 0)]
    [InlineData("14:15", DayOfWeek.Monday, 14, 15)]
    [InlineData("every Monday at 9am", DayOfWeek.Monday, 9, 0)]
    [InlineData("on fridays at 4 pm", DayOfWeek.Friday, 16, 0)]
    [InlineData("weds 10", DayOfWeek.Wednesday, 10, 0)]
    [InlineData("Thursday, 9.30am", DayOfWeek.Thursday, 9, 30)]
    [InlineData("each week on tue at noon", DayOfWeek.Tuesday, 12, 0)]
    [InlineData("monday monday 9", DayOfWeek.Monday, 9, 0)]
    public void Should_read_the_schedule_when_typed_in_common_ways(string text, DayOfWeek day, int hour, int minute)
    {
        Assert.True(ScheduleText.TryParse(text, out var parsedDay, out var time, out var problem), problem);
        Assert.Equal(day, parsedDay);
        Assert.Equal(new TimeOnly(hour, minute), time);
    }

    [Theory]
    [InlineData("someday")]
    [InlineData("monday 25:00")]
    [InlineData("mo 9:00")]
    [InlineData("monday and friday 9:00")]
    [InlineData("monday friday 9:00")]
    [InlineData("monday 9am 5pm")]
    [InlineData("monday 30")]
    public void Should_explain_when_the_schedule_cannot_be_read(string text)
    {
        Assert.False(ScheduleText.TryParse(text, out _, out _, out var problem));
        Assert.Contains(ScheduleText.Example, problem);
    }

    /// <remarks>
    /// The word not understood was quoted back whole: a pasted 80,000-character word made a reply far over Teams' 28 KB
    /// message limit, so the facilitator got an apology instead of the example.
    /// </remarks>
    [Fact]
    public void Should_quote_only_the_start_of_a_very_long_word_it_cannot_read()
    {
        Assert.False(ScheduleText.TryParse("monday " + string.Concat(Enumerable.Repeat("<at>", 20_000)), out _, out _, out var problem));

        Assert.StartsWith("I couldn't read \"<at><at>", problem, StringComparison.Ordinal);
        Assert.Contains("…\"", problem, StringComparison.Ordinal);
        Assert.True(problem!.Length < 200, $"{problem.Length} characters");
    }

    [Fact]
    public void Should_quote_whole_emoji_when_the_word_it_cannot_read_is_a_long_run_of_them()
    {
        // A family emoji is four people joined by zero-width joiners: eleven UTF-16 characters, one picture.
        const string family = "\U0001F468\u200D\U0001F469\u200D\U0001F467\u200D\U0001F466";
        Assert.False(ScheduleText.TryParse("monday " + string.Concat(Enumerable.Repeat(family, 10)), out _, out _, out var problem));

        Assert.NotNull(problem);
        var quoted = problem[(problem.IndexOf('"') + 1)..problem.IndexOf(" …\"", StringComparison.Ordinal)];
        Assert.NotEmpty(quoted);
        Assert.Equal(0, quoted.Length % family.Length);
    }

    private static DateTimeOffset Utc(int y, int mo, int d, int h, int mi) => new(y, mo, d, h, mi, 0, TimeSpan.Zero);
}
