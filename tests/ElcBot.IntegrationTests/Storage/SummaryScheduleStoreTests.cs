using Azure.Data.Tables;
using ElcBot.Core.Summaries.Scheduling;
using ElcBot.IntegrationTests.Peers;
using ElcBot.Storage.Tables;

namespace ElcBot.IntegrationTests.Storage;

/// <summary>Weekly summary schedules in Table Storage: why one paused, kept as a cause, and read from older rows too.</summary>
public sealed class SummaryScheduleStoreTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 30, 9, 0, 0, TimeSpan.Zero);
    private StorageServices _storage = null!;

    private ISummaryScheduleStore Store => _storage.Get<ISummaryScheduleStore>();

    public async Task InitializeAsync() => _storage = await StorageServices.StartAsync();

    public async Task DisposeAsync() => await _storage.DisposeAsync();

    [Theory]
    [InlineData(SchedulePause.BotRemoved)]
    [InlineData(SchedulePause.ConversationUnknown)]
    public async Task Should_keep_why_a_schedule_paused(SchedulePause cause)
    {
        await Store.SaveAsync(Schedule("r1") with { Paused = true, PausedBecause = cause }, CancellationToken.None);

        Assert.Equal(cause, (await Store.FindAsync("r1", CancellationToken.None))!.PausedBecause);
    }

    [Theory]
    [InlineData("The weekly summary is paused because I'm no longer in this team or chat. Add me back, then type **schedule summary** here to start it again.", SchedulePause.BotRemoved)]
    [InlineData("The weekly summary is paused because I can't reach this channel or chat yet. Type **schedule summary** here to start it again.", SchedulePause.ConversationUnknown)]
    [InlineData("Something nobody wrote", SchedulePause.None)]
    public async Task Should_read_the_cause_from_the_sentence_a_schedule_paused_before_28_November_kept(string sentence, SchedulePause cause)
    {
        // Written as the store wrote it before the cause was kept, with no PausedBecause column.
        await _storage.Get<ElcTables>().Get(TableNames.SummarySchedules).UpsertEntityAsync(new TableEntity("schedule", "old")
        {
            ["RoundId"] = "old",
            ["Day"] = (int)DayOfWeek.Monday,
            ["Time"] = "09:00",
            ["TimeZoneId"] = SummarySchedule.DefaultTimeZoneId,
            ["NextRunUtc"] = Monday,
            ["Paused"] = true,
            ["PausedReason"] = sentence,
        });

        var read = await Store.FindAsync("old", CancellationToken.None);

        Assert.Equal((true, cause), (read!.Paused, read.PausedBecause));
    }

    [Fact]
    public async Task Should_forget_the_cause_once_a_schedule_starts_again()
    {
        await Store.SaveAsync(Schedule("r1") with { Paused = true, PausedBecause = SchedulePause.BotRemoved }, CancellationToken.None);
        await Store.SaveAsync(Schedule("r1"), CancellationToken.None);

        var read = await Store.FindAsync("r1", CancellationToken.None);

        Assert.Equal((false, SchedulePause.None), (read!.Paused, read.PausedBecause));
    }

    [Fact]
    public async Task Should_list_every_schedule_paused_or_not_and_only_due_running_ones_as_due()
    {
        await Store.SaveAsync(Schedule("running"), CancellationToken.None);
        await Store.SaveAsync(Schedule("paused") with { Paused = true, PausedBecause = SchedulePause.ConversationUnknown }, CancellationToken.None);

        var all = await Store.ListAllAsync(CancellationToken.None);
        var due = await Store.ListDueAsync(Monday, CancellationToken.None);

        Assert.Equal(["paused", "running"], all.Select(s => s.RoundId).Order(StringComparer.Ordinal));
        Assert.Equal("running", Assert.Single(due).RoundId);
    }

    private static SummarySchedule Schedule(string roundId) =>
        new(roundId, DayOfWeek.Monday, new TimeOnly(9, 0), SummarySchedule.DefaultTimeZoneId, Monday);
}
