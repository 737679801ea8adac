using ElcBot.Core.Contributions;
using ElcBot.Core.Imports;
using ElcBot.Core.Rounds;
using ElcBot.IntegrationTests.Peers;

namespace ElcBot.IntegrationTests.Summaries;

public sealed class ContributionImporterTests : IAsyncLifetime
{
    private const string File = """
        text,kind,role,consent
        A drop-in clinic on Saturdays,idea,carer,may quote
        ,idea,carer,may quote
        Call me on 07700 900123 about the waiting room,story,uses services,themes only
        Evening appointments,idea,astronaut,may quote
        """;

    private StorageServices _storage = null!;

    public async Task InitializeAsync()
    {
        _storage = await StorageServices.StartAsync();
        await _storage.Get<IRoundStore>().TryOpenAsync(
            new Round("round-1", "19:c@thread.tacv2", "tenant", "team", "What would help?", ElcStage.Discover, null, true, DateTimeOffset.UtcNow),
            CancellationToken.None);
    }

    public Task DisposeAsync() => _storage.DisposeAsync().AsTask();

    [Fact]
    public async Task Should_store_good_rows_masked_report_bad_ones_by_line_and_store_nothing_twice()
    {
        var importer = new ContributionImporter(_storage.Get<IRoundStore>(), _storage.Get<IContributionStore>(), TimeProvider.System);

        var storing = new RecordedProgress();

        var first = await importer.ImportAsync("round-1", "workshop.csv", new StringReader(File), storing, CancellationToken.None);
        var second = await importer.ImportAsync("round-1", "workshop.csv", new StringReader(File), null, CancellationToken.None);

        Assert.Equal((2, 0), (first.Added, first.AlreadyThere));
        // Both rows go in one call, so progress moves from none to all.
        Assert.Equal([(0, 2), (2, 2)], storing.Reports);
        Assert.Equal([3, 5], first.Problems.Select(p => p.Lines.First));
        Assert.Equal([4], first.MaskedLines);
        Assert.Equal((0, 2), (second.Added, second.AlreadyThere));
        var stored = await _storage.Get<IContributionStore>().ListAsync("round-1", null, CancellationToken.None);
        Assert.Equal(2, stored.Count);
        Assert.All(stored, c => Assert.True(c.Imported));
        Assert.DoesNotContain(stored, c => c.Text.Contains("07700", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Should_give_a_row_over_several_lines_the_id_it_had_before_so_an_earlier_import_is_found_again()
    {
        // Lines 2 to 4 hold one story; ids have always been made from the line a row ends on.
        const string file = "text,kind,role,consent\r\n\"We waited\r\nthree hours\r\nwith no word\",story,carer,may quote\r\n";
        const string text = "We waited\nthree hours\nwith no word"; // as kept: each line break one "\n"
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)))[..16];
        var importer = new ContributionImporter(_storage.Get<IRoundStore>(), _storage.Get<IContributionStore>(), TimeProvider.System);

        var report = await importer.ImportAsync("round-1", "workshop.csv", new StringReader(file), null, CancellationToken.None);

        Assert.Equal(1, report.Added);
        var stored = Assert.Single(await _storage.Get<IContributionStore>().ListAsync("round-1", null, CancellationToken.None));
        Assert.Equal(ContributionService.IdFor("round-1", "import", $"workshop.csv:4:{hash}"), stored.Id);
    }

    [Fact]
    public async Task Should_refuse_an_unknown_round()
    {
        var importer = new ContributionImporter(_storage.Get<IRoundStore>(), _storage.Get<IContributionStore>(), TimeProvider.System);

        var report = await importer.ImportAsync("no-such-round", "x.csv", new StringReader(File), null, CancellationToken.None);

        Assert.Equal(0, report.Added);
        Assert.Contains("no-such-round", Assert.Single(report.Problems).Reason);
    }

    // Progress<T> reports on the thread pool, later; this keeps each report as it is made.
    private sealed class RecordedProgress : IProgress<(int Done, int Total)>
    {
        public List<(int Done, int Total)> Reports { get; } = [];

        public void Report((int Done, int Total) value) => Reports.Add(value);
    }
}
