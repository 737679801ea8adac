using ElcBot.Bot.Summaries;
using ElcBot.Core.Summaries.Scheduling;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Moq;

namespace ElcBot.Tests.Summaries;

public sealed class SummarySchedulerServiceTests
{
    [Fact]
    public async Task Should_still_do_the_other_work_when_one_kind_of_scheduled_work_fails()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
        var failing = new Mock<IScheduledWork>();
        failing.Setup(w => w.RunDueAsync(It.IsAny<DateTimeOffset>(), It.IsAny<CancellationToken>())).ThrowsAsync(new InvalidOperationException("storage is down"));
        var reminders = new Mock<IScheduledWork>();
        var ran = new SemaphoreSlim(0);
        reminders.Setup(w => w.RunDueAsync(It.IsAny<DateTimeOffset>(), It.IsAny<CancellationToken>())).ReturnsAsync(1).Callback(() => ran.Release());
        using var service = new SummarySchedulerService([failing.Object, reminders.Object], time, NullLogger<SummarySchedulerService>.Instance);

        await service.StartAsync(CancellationToken.None);
        Assert.True(await ran.WaitAsync(TimeSpan.FromSeconds(10)));
        time.Advance(SummarySchedulerService.Interval);
        Assert.True(await ran.WaitAsync(TimeSpan.FromSeconds(10)));
        await service.StopAsync(CancellationToken.None);

        reminders.Verify(w => w.RunDueAsync(time.GetUtcNow(), It.IsAny<CancellationToken>()), Times.Once);
        failing.Verify(w => w.RunDueAsync(It.IsAny<DateTimeOffset>(), It.IsAny<CancellationToken>()), Times.Exactly(2));
    }
}
