using ElcBot.Bot.Summaries;
using ElcBot.Core.Summaries.Scheduling;
using ElcBot.Tests.Fakes;
using Microsoft.Extensions.Time.Testing;

namespace ElcBot.Tests.Summaries;

public sealed class NextSummaryTests
{
    private static readonly DateTimeOffset MondayNine = new(2026, 11, 30, 9, 0, 0, TimeSpan.Zero);
    private readonly FakeScheduleStore _schedules = new();

    [Fact]
    public async Task Should_note_the_next_weekly_day_when_the_round_has_a_schedule()
    {
        _schedules.Saved["r1"] = Weekly(MondayNine.AddDays(7));

        var summary = await NoteAsync(at: MondayNine.AddDays(2));

        Assert.Equal(new DateOnly(2026, 12, 7), summary.NextSummaryOn);
    }

    [Fact]
    public async Task Should_note_the_week_after_when_the_summary_being_posted_is_the_one_due_now()
    {
        _schedules.Saved["r1"] = Weekly(MondayNine);

        var summary = await NoteAsync(at: MondayNine.AddSeconds(30));

        Assert.Equal(new DateOnly(2026, 12, 7), summary.NextSummaryOn);
    }

    [Fact]
    public async Task Should_note_the_day_in_the_schedules_time_zone_when_it_differs_from_utc()
    {
        // 23:30 on Monday in New York is already Tuesday in UTC.
        var monday = new DateTimeOffset(2026, 12, 8, 4, 30, 0, TimeSpan.Zero);
        _schedules.Saved["r1"] = new SummarySchedule("r1", DayOfWeek.Monday, new TimeOnly(23, 30), "America/New_York", monday);

        var summary = await NoteAsync(at: MondayNine);

        Assert.Equal(new DateOnly(2026, 12, 7), summary.NextSummaryOn);
    }

    [Fact]
    public async Task Should_note_nothing_when_the_weekly_summary_is_paused()
    {
        _schedules.Saved["r1"] = Weekly(MondayNine.AddDays(7)) with { Paused = true, PausedBecause = SchedulePause.BotRemoved };

        Assert.Null((await NoteAsync(at: MondayNine)).NextSummaryOn);
    }

    [Fact]
    public async Task Should_note_nothing_when_the_round_has_no_weekly_summary()
    {
        Assert.Null((await NoteAsync(at: MondayNine)).NextSummaryOn);
    }

    [Theory]
    [InlineData(6, true)]
    [InlineData(7, true)]
    [InlineData(8, false)]
    public void Should_leave_out_the_next_summary_day_when_the_summary_is_shown_again_after_that_day(int today, bool kept)
    {
        var summary = SampleSummaries.Sample(themes: 1) with { NextSummaryOn = new DateOnly(2026, 12, 7) };

        var shown = NextSummary.AsShownOn(summary, new DateOnly(2026, 12, today));

        Assert.Equal(kept ? new DateOnly(2026, 12, 7) : null, shown.NextSummaryOn);
    }

    private static SummarySchedule Weekly(DateTimeOffset next) => new("r1", DayOfWeek.Monday, new TimeOnly(9, 0), SummarySchedule.DefaultTimeZoneId, next);

    private Task<ElcBot.Core.Summaries.RoundSummary> NoteAsync(DateTimeOffset at) =>
        new NextSummary(_schedules, new FakeTimeProvider(at)).NoteAsync(SampleSummaries.Sample(themes: 1) with { RoundId = "r1" }, CancellationToken.None);
}
