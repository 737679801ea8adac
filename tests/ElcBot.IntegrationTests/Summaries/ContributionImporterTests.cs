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
    public async Task Should_know_again_a_row_kept_by_an_import_that_named_rows_by_their_line()
    {
        // Lines 2 to 4 hold one story. Imports before 28 Nov 2026 named a row by the line it ends on and its words.
        const string file = "text,kind,role,consent\r\n\"We waited\r\nthree hours\r\nwith no word\",story,carer,may quote\r\n";
        const string text = "We waited\nthree hours\nwith no word"; // as kept: each line break one "\n"
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)))[..16];
        var submission = $"workshop.csv:4:{hash}";
        var id = ContributionService.IdFor("round-1", "import", submission);
        await _storage.Get<IContributionStore>().AddImportedAsync("round-1",
            [new Contribution("round-1", id, ContributionKind.Story, text, ContributorRole.Carer, ConsentLevel.MayQuote, $"import:{id}", null, null, DateTimeOffset.UtcNow, submission, Imported: true)],
            null, CancellationToken.None);

        var report = await Importer().ImportAsync("round-1", "workshop.csv", new StringReader(file), null, CancellationToken.None);

        Assert.Equal((0, 1), (report.Added, report.AlreadyThere));
        Assert.Single(await _storage.Get<IContributionStore>().ListAsync("round-1", null, CancellationToken.None));
    }

    [Fact]
    public async Task Should_store_only_the_new_rows_of_a_sheet_sorted_and_added_to_since_it_was_imported()
    {
        const string before = """
            text,kind,role,consent
            Evening appointments,idea,carer,may quote
            A drop-in clinic on Saturdays,idea,carer,may quote
            """;
        const string after = """
            text,kind,role,consent
            A bus from the village,idea,uses services,may quote
            A drop-in clinic on Saturdays,idea,carer,may quote
            Evening appointments,idea,carer,may quote
            """;

        await Importer().ImportAsync("round-1", "workshop.csv", new StringReader(before), null, CancellationToken.None);
        var again = await Importer().ImportAsync("round-1", "workshop.csv", new StringReader(after), null, CancellationToken.None);

        Assert.Equal((1, 2), (again.Added, again.AlreadyThere));
        var stored = await _storage.Get<IContributionStore>().ListAsync("round-1", null, CancellationToken.None);
        Assert.Equal(["A bus from the village", "A drop-in clinic on Saturdays", "Evening appointments"], stored.Select(c => c.Text).Order());
    }

    /// <remarks>Two people who both wrote "Nothing." are two voices; a third one added later is a third.</remarks>
    [Fact]
    public async Task Should_count_the_same_words_written_in_several_rows_as_that_many_voices()
    {
        const string two = "text,kind,role,consent\nNothing.,story,carer,may quote\nNothing.,story,staff,may quote\n";
        const string three = two + "Nothing.,story,uses services,may quote\n";

        var first = await Importer().ImportAsync("round-1", "survey.csv", new StringReader(two), null, CancellationToken.None);
        var second = await Importer().ImportAsync("round-1", "survey.csv", new StringReader(three), null, CancellationToken.None);
        var third = await Importer().ImportAsync("round-1", "survey.csv", new StringReader(three), null, CancellationToken.None);

        Assert.Equal((2, 0), (first.Added, first.AlreadyThere));
        Assert.Equal((1, 2), (second.Added, second.AlreadyThere));
        Assert.Equal((0, 3), (third.Added, third.AlreadyThere));
        Assert.Equal(3, (await _storage.Get<IContributionStore>().ListAsync("round-1", null, CancellationToken.None)).Count);
    }

    /// <remarks>Another file is another source: the same words in two surveys are different people's.</remarks>
    [Fact]
    public async Task Should_store_the_rows_of_a_file_with_another_name_even_when_the_words_are_the_same()
    {
        await Importer().ImportAsync("round-1", "workshop.csv", new StringReader(File), null, CancellationToken.None);
        var other = await Importer().ImportAsync("round-1", "survey.csv", new StringReader(File), null, CancellationToken.None);

        Assert.Equal((2, 0), (other.Added, other.AlreadyThere));
        Assert.Equal(4, (await _storage.Get<IContributionStore>().ListAsync("round-1", null, CancellationToken.None)).Count);
    }

    [Fact]
    public async Task Should_refuse_an_unknown_round()
    {
        var importer = new ContributionImporter(_storage.Get<IRoundStore>(), _storage.Get<IContributionStore>(), TimeProvider.System);

        var report = await importer.ImportAsync("no-such-round", "x.csv", new StringReader(File), null, CancellationToken.None);

        Assert.Equal(0, report.Added);
        Assert.Contains("no-such-round", Assert.Single(report.Problems).Reason);
    }

    private ContributionImporter Importer() => new(_storage.Get<IRoundStore>(), _storage.Get<IContributionStore>(), TimeProvider.System);

    // Progress<T> reports on the thread pool, later; this keeps each report as it is made.
    private sealed class RecordedProgress : IProgress<(int Done, int Total)>
    {
        public List<(int Done, int Total)> Reports { get; } = [];

        public void Report((int Done, int Total) value) => Reports.Add(value);
    }
}
