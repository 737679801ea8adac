using ElcBot.Core.Summaries.Scheduling;
using ElcBot.Tests.Fakes;
using Microsoft.Extensions.Logging.Abstractions;
using Moq;

namespace ElcBot.Tests.Summaries;

public sealed class ScheduledSummaryRunnerTests
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 30, 9, 0, 0, TimeSpan.Zero);
    private readonly FakeScheduleStore _schedules = new();
    private readonly Mock<ISummaryPublisher> _publisher = new();

    [Fact]
    public async Task Should_pause_the_schedule_with_a_reason_and_keep_it_when_the_rounds_channel_cannot_be_reached()
    {
        await RunAsync(PublishOutcome.ConversationUnknown);

        var kept = _schedules.Saved["r1"];
        Assert.True(kept.Paused);
        Assert.Equal(SchedulePause.ConversationUnknown, kept.PausedBecause);
    }

    [Fact]
    public async Task Should_pause_the_schedule_as_unreachable_when_the_draft_went_to_the_panel_but_the_rounds_channel_cannot_be_reached()
    {
        var posted = await RunAsync(PublishOutcome.SentToPanelChannelUnknown);

        var kept = _schedules.Saved["r1"];
        Assert.Equal((true, SchedulePause.ConversationUnknown, 1), (kept.Paused, kept.PausedBecause, posted));
    }

    [Fact]
    public async Task Should_drop_the_schedule_when_the_round_is_gone()
    {
        await RunAsync(PublishOutcome.RoundMissing);

        Assert.Empty(_schedules.Saved);
    }

    /// <returns>How many summaries the runner says it posted.</returns>
    private async Task<int> RunAsync(PublishOutcome outcome)
    {
        await _schedules.SaveAsync(new SummarySchedule("r1", DayOfWeek.Monday, new TimeOnly(9, 0), "Europe/London", Monday), CancellationToken.None);
        var ledger = new Mock<ISummaryRunLedger>();
        ledger.Setup(l => l.TryClaimAsync("r1", Monday, It.IsAny<TimeSpan>(), It.IsAny<CancellationToken>())).ReturnsAsync(true);
        _publisher.Setup(p => p.PublishAsync("r1", It.IsAny<CancellationToken>())).ReturnsAsync(outcome);
        var runner = new ScheduledSummaryRunner(_schedules, ledger.Object, _publisher.Object, NullLogger<ScheduledSummaryRunner>.Instance);

        return await runner.RunDueAsync(Monday, CancellationToken.None);
    }
}
