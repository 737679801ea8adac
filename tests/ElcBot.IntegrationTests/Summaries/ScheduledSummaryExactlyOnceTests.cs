using System.Collections.Concurrent;
using ElcBot.Core.Summaries.Scheduling;
using ElcBot.IntegrationTests.Peers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace ElcBot.IntegrationTests.Summaries;

/// <summary>Two service instances sharing one Table Storage, both waking at the same moment.</summary>
public sealed class ScheduledSummaryExactlyOnceTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 30, 9, 0, 0, TimeSpan.Zero);
    private readonly FakeTimeProvider _time = new(Monday);
    private readonly CountingPublisher _publisher = new();
    private StorageServices _first = null!;
    private StorageServices _second = null!;

    public async Task InitializeAsync()
    {
        _first = await StorageServices.StartAsync(Register);
        _second = await StorageServices.StartAsync(Register, _first.TablePrefix);
    }

    public async Task DisposeAsync()
    {
        await _first.DisposeAsync();
        await _second.DisposeAsync();
    }

    [Fact]
    public async Task Should_post_each_summary_once_when_two_instances_run_at_the_same_time()
    {
        var store = _first.Get<ISummaryScheduleStore>();
        for (var i = 0; i < 12; i++)
        {
            await store.SaveAsync(new SummarySchedule($"round/{i}", DayOfWeek.Monday, new TimeOnly(9, 0), "Europe/London", Monday), CancellationToken.None);
        }

        var runs = Enumerable.Range(0, 6).Select(i => (i % 2 == 0 ? _first : _second).Get<ScheduledSummaryRunner>().RunDueAsync(_time.GetUtcNow(), CancellationToken.None));
        var posted = (await Task.WhenAll(runs)).Sum();

        Assert.Equal(12, posted);
        Assert.Equal(12, _publisher.Posts.Count);
        Assert.Equal(12, _publisher.Posts.Distinct().Count());
        var moved = await store.FindAsync("round/3", CancellationToken.None);
        Assert.Equal(Monday.AddDays(7), moved!.NextRunUtc);
        Assert.Empty(await store.ListDueAsync(_time.GetUtcNow(), CancellationToken.None));
    }

    [Fact]
    public async Task Should_let_another_instance_take_over_only_after_the_lease_ends_without_the_post()
    {
        var first = _first.Get<ISummaryRunLedger>();
        var second = _second.Get<ISummaryRunLedger>();

        Assert.True(await first.TryClaimAsync("r", Monday, TimeSpan.FromMinutes(5), CancellationToken.None));
        Assert.False(await second.TryClaimAsync("r", Monday, TimeSpan.FromMinutes(5), CancellationToken.None));
        _time.Advance(TimeSpan.FromMinutes(6));
        Assert.True(await second.TryClaimAsync("r", Monday, TimeSpan.FromMinutes(5), CancellationToken.None));
        await second.MarkDoneAsync("r", Monday, CancellationToken.None);
        _time.Advance(TimeSpan.FromHours(1));
        Assert.False(await first.TryClaimAsync("r", Monday, TimeSpan.FromMinutes(5), CancellationToken.None));
    }

    [Fact]
    public async Task Should_pause_with_a_reason_when_the_bot_was_removed()
    {
        _publisher.Outcome = PublishOutcome.BotRemoved;
        var store = _first.Get<ISummaryScheduleStore>();
        await store.SaveAsync(new SummarySchedule("gone", DayOfWeek.Monday, new TimeOnly(9, 0), "Europe/London", Monday), CancellationToken.None);

        var posted = await _first.Get<ScheduledSummaryRunner>().RunDueAsync(_time.GetUtcNow(), CancellationToken.None);

        Assert.Equal(0, posted);
        var paused = await store.FindAsync("gone", CancellationToken.None);
        Assert.True(paused!.Paused);
        Assert.Equal(SchedulePause.BotRemoved, paused.PausedBecause);
        Assert.Empty(await store.ListDueAsync(_time.GetUtcNow().AddDays(30), CancellationToken.None));
    }

    private void Register(IServiceCollection services, Microsoft.Extensions.Configuration.IConfiguration configuration)
    {
        services.AddSingleton<TimeProvider>(_time);
        services.AddSingleton<ISummaryPublisher>(_publisher);
        services.AddSingleton<ScheduledSummaryRunner>();
    }

    private sealed class CountingPublisher : ISummaryPublisher
    {
        public ConcurrentQueue<string> Posts { get; } = new();

        public PublishOutcome Outcome { get; set; } = PublishOutcome.Posted;

        public async Task<PublishOutcome> PublishAsync(string roundId, CancellationToken cancellationToken)
        {
            // Long enough for the other instance to try the same post meanwhile.
            await Task.Delay(20, cancellationToken);
            if (Outcome == PublishOutcome.Posted)
            {
                Posts.Enqueue(roundId);
            }

            return Outcome;
        }
    }
}
