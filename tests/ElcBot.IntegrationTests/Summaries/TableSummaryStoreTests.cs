using ElcBot.Core.Contributions;
using ElcBot.Core.Summaries;
using ElcBot.IntegrationTests.Peers;

namespace ElcBot.IntegrationTests.Summaries;

public sealed class TableSummaryStoreTests : IAsyncLifetime
{
    private StorageServices _storage = null!;

    private ISummaryStore Store => _storage.Get<ISummaryStore>();

    public async Task InitializeAsync() => _storage = await StorageServices.StartAsync();

    public Task DisposeAsync() => _storage.DisposeAsync().AsTask();

    [Fact]
    public async Task Should_keep_a_summary_of_a_large_round_whole_and_list_newest_first()
    {
        var older = Summary(new DateTimeOffset(2026, 11, 16, 9, 0, 0, TimeSpan.Zero), members: 3);
        var newer = Summary(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero), members: 20_000);

        await Store.SaveAsync(older, "{}", CancellationToken.None);
        await Store.SaveAsync(newer, "{\"card\":true}", CancellationToken.None);

        var listed = await Store.ListAsync("round/1", 10, CancellationToken.None);
        Assert.Equal([newer.SummaryId, older.SummaryId], listed.Select(s => s.SummaryId));
        Assert.Equal(20_000, listed[0].Themes[0].MemberIds.Count);
        Assert.Equal("Gâteau 🎂 waiting", listed[0].Themes[0].Label);
        var latest = Assert.Single(await Store.ListAsync("round/1", 1, CancellationToken.None));
        Assert.Equal(newer.SummaryId, latest.SummaryId);
        var found = await Store.FindAsync("round/1", older.SummaryId, CancellationToken.None);
        Assert.Equal(3, found!.Themes[0].MemberIds.Count);
        Assert.Null(await Store.FindAsync("round/2", older.SummaryId, CancellationToken.None));
        Assert.Equal("{\"card\":true}", await Store.FindCardAsync("round/1", newer.SummaryId, CancellationToken.None));
    }

    [Fact]
    public async Task Should_read_back_the_shorter_summary_whole_when_one_is_saved_again_with_less_in_it()
    {
        var at = new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
        await Store.SaveAsync(Summary(at, members: 20_000), new string('c', 100_000), CancellationToken.None);

        await Store.SaveAsync(Summary(at, members: 2), "{}", CancellationToken.None);

        var found = await Store.FindAsync("round/1", SummaryIds.For(at), CancellationToken.None);
        Assert.Equal(2, found!.Themes[0].MemberIds.Count);
        Assert.Equal("{}", await Store.FindCardAsync("round/1", SummaryIds.For(at), CancellationToken.None));
        Assert.Equal(2, Assert.Single(await Store.ListAsync("round/1", 10, CancellationToken.None)).Themes[0].MemberIds.Count);
    }

    private static RoundSummary Summary(DateTimeOffset at, int members) => new(
        SummaryIds.For(at),
        "round/1",
        "What would help?",
        "Dream",
        at.AddDays(-7),
        at,
        new SummaryCounts(1, members, 0, 0, new Dictionary<VoiceGroup, int> { [VoiceGroup.Staff] = 1 }),
        [new ThemeDigest("t1", "Gâteau 🎂 waiting", Enumerable.Range(0, members).Select(i => $"contribution-{i:D8}-{Guid.Empty}").ToArray(), 0.5, 0.5, [], null)],
        0,
        [],
        [],
        new WhatIsNew(null, members, []));
}
