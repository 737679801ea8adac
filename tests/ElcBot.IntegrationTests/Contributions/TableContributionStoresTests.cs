using Azure;
using Azure.Data.Tables;
using ElcBot.Core.Contributions;
using ElcBot.Core.Rounds;
using ElcBot.IntegrationTests.Peers;
using ElcBot.Storage.Tables;

namespace ElcBot.IntegrationTests.Contributions;

/// <summary>The Table Storage adapters for rounds, contributions and supports, against a real Azurite.</summary>
public sealed class TableContributionStoresTests : IAsyncLifetime
{
    private StorageServices _storage = null!;

    private IRoundStore Rounds => _storage.Get<IRoundStore>();

    private IContributionStore Contributions => _storage.Get<IContributionStore>();

    private ISupportStore Supports => _storage.Get<ISupportStore>();

    public async Task InitializeAsync() => _storage = await StorageServices.StartAsync();

    public async Task DisposeAsync() => await _storage.DisposeAsync();

    [Fact]
    public async Task Should_keep_one_open_round_per_conversation_when_many_are_started_at_once()
    {
        var attempts = Enumerable.Range(0, 12).Select(i => Rounds.TryOpenAsync(Round($"r{i}", "19:chat/with?odd#chars"), CancellationToken.None));

        var opened = await Task.WhenAll(attempts);

        Assert.Equal(1, opened.Count(o => o));
        var open = await Rounds.FindOpenAsync("19:chat/with?odd#chars", CancellationToken.None);
        Assert.NotNull(open);
        Assert.Equal([open.Id], (await Rounds.ListOpenAsync(CancellationToken.None)).Select(r => r.Id));
    }

    [Fact]
    public async Task Should_keep_the_round_closed_and_free_the_conversation_when_it_is_closed()
    {
        var round = Round("r1", "19:c1") with { EndsOn = new DateOnly(2026, 5, 1), Stage = ElcStage.Design };
        await Rounds.TryOpenAsync(round, CancellationToken.None);

        await Rounds.CloseAsync(round, CancellationToken.None);

        Assert.Null(await Rounds.FindOpenAsync("19:c1", CancellationToken.None));
        Assert.Equal(round with { IsOpen = false }, await Rounds.GetAsync("r1", CancellationToken.None));
        Assert.True(await Rounds.TryOpenAsync(Round("r2", "19:c1"), CancellationToken.None));
    }

    [Fact]
    public async Task Should_store_a_contribution_once_and_return_the_stored_one_when_it_is_added_again()
    {
        var first = Contribution("c/1#?", "key-a", "Evening clinics", DateTimeOffset.UnixEpoch.AddDays(1));

        var added = await Contributions.AddAsync(first, CancellationToken.None);
        var again = await Contributions.AddAsync(first with { Text = "changed on a retry" }, CancellationToken.None);

        Assert.False(added.AlreadyThere);
        Assert.True(again.AlreadyThere);
        Assert.Equal("Evening clinics", again.Stored.Text);
        Assert.Single(await Contributions.ListAsync("round-1", null, CancellationToken.None));
    }

    [Fact]
    public async Task Should_store_imported_rows_many_to_a_call_leaving_those_there_already_as_they_were()
    {
        var earlier = Contribution("import-7", "import:import-7", "Stored by an earlier import", DateTimeOffset.UnixEpoch) with { Imported = true };
        await Contributions.AddImportedAsync("round-1", [earlier], null, CancellationToken.None);
        // 250 rows cross two transactions' worth; one has an id that needs cleaning for a row key.
        var rows = Enumerable.Range(0, 250)
            .Select(i => Contribution(i == 3 ? "import/3#?" : $"import-{i}", $"import:{i}", $"Answer {i}", DateTimeOffset.UnixEpoch.AddMinutes(i)) with { Imported = true })
            .ToArray();
        var done = new List<int>();

        var already = await Contributions.AddImportedAsync("round-1", rows, new Recorded(done), CancellationToken.None);
        var again = await Contributions.AddImportedAsync("round-1", rows, null, CancellationToken.None);

        Assert.Equal(["import-7"], already);
        Assert.Equal(rows.Select(r => r.Id).Order(), again.Order());
        Assert.Equal([1, 101, 201, 250], done);
        var stored = await Contributions.ListAsync("round-1", null, CancellationToken.None);
        Assert.Equal(250, stored.Count);
        Assert.Equal("Stored by an earlier import", stored.Single(c => c.Id == "import-7").Text);
        Assert.Equivalent(rows[3], stored.Single(c => c.Id == "import/3#?"));
    }

    [Fact]
    public async Task Should_store_each_imported_row_once_when_the_same_file_is_imported_twice_at_the_same_time()
    {
        var rows = Enumerable.Range(0, 150)
            .Select(i => Contribution($"import-{i}", $"import:{i}", $"Answer {i}", DateTimeOffset.UnixEpoch.AddMinutes(i)) with { Imported = true })
            .ToArray();

        var both = await Task.WhenAll(
            Contributions.AddImportedAsync("round-1", rows, null, CancellationToken.None),
            Contributions.AddImportedAsync("round-1", rows, null, CancellationToken.None));

        // Each row was new to exactly one of the two.
        Assert.Empty(both[0].Intersect(both[1]));
        Assert.Equal(rows.Select(r => r.Id).Order(), both[0].Union(both[1]).Order());
        Assert.Equal(150, (await Contributions.ListAsync("round-1", null, CancellationToken.None)).Count);
    }

    [Fact]
    public async Task Should_list_a_rounds_contributions_newest_first_by_kind_and_by_contributor_with_vectors()
    {
        await Contributions.AddAsync(Contribution("a", "key-a", "older idea", DateTimeOffset.UnixEpoch.AddDays(1)), CancellationToken.None);
        await Contributions.AddAsync(Contribution("b", "key-b", "newer idea", DateTimeOffset.UnixEpoch.AddDays(2)), CancellationToken.None);
        await Contributions.AddAsync(Contribution("c", "key-a", "a story", DateTimeOffset.UnixEpoch.AddDays(3)) with { Kind = ContributionKind.Story, CreditName = "Sam" }, CancellationToken.None);
        await Contributions.SaveVectorAsync("round-1", "a", [1, 2, 3, 4], CancellationToken.None);

        var ideas = await Contributions.ListAsync("round-1", ContributionKind.Idea, CancellationToken.None);
        var all = await Contributions.ListAsync("round-1", null, CancellationToken.None);
        var mine = await Contributions.ListByContributorAsync("key-a", CancellationToken.None);

        Assert.Equal(["newer idea", "older idea"], ideas.Select(i => i.Text));
        Assert.Equal([1, 2, 3, 4], ideas[1].Vector);
        Assert.Equal(["a story", "newer idea", "older idea"], all.Select(i => i.Text));
        Assert.Equal(["a story", "older idea"], mine.Select(i => i.Text));
        Assert.Equal("Sam", mine[0].CreditName);
    }

    [Fact]
    public async Task Should_read_no_vector_when_a_row_holds_only_one_pooled_the_old_way()
    {
        await Contributions.AddAsync(Contribution("a", "key-a", "an idea", DateTimeOffset.UnixEpoch.AddDays(1)), CancellationToken.None);
        var table = _storage.Get<ElcTables>().Get(TableNames.Contributions);
        await table.UpdateEntityAsync(new TableEntity("round-1", "a") { ["Vector"] = new byte[] { 0, 0, 128, 63 } }, ETag.All, TableUpdateMode.Merge);

        var before = Assert.Single(await Contributions.ListAsync("round-1", null, CancellationToken.None));
        await Contributions.SaveVectorAsync("round-1", "a", [0, 0, 0, 64], CancellationToken.None);
        var after = Assert.Single(await Contributions.ListAsync("round-1", null, CancellationToken.None));

        Assert.Null(before.Vector);
        Assert.Equal([0, 0, 0, 64], after.Vector);
    }

    [Fact]
    public async Task Should_list_every_field_but_the_vector_when_ideas_are_listed_to_be_shown()
    {
        var shared = Contribution("a", "key-a", "an idea", DateTimeOffset.UnixEpoch.AddDays(1)) with { CreditName = "Sam", BuildsOnId = "z", Vector = [9, 9] };
        await Contributions.AddAsync(shared, CancellationToken.None);

        var listed = Assert.Single(await Contributions.ListWithoutVectorsAsync("round-1", ContributionKind.Idea, CancellationToken.None));

        Assert.Null(listed.Vector);
        Assert.Equal(shared with { Vector = null }, listed);
        Assert.Equal([9, 9], (await Contributions.ListAsync("round-1", ContributionKind.Idea, CancellationToken.None))[0].Vector);
    }

    [Fact]
    public async Task Should_find_the_persons_newest_contribution_in_the_round_when_asked_for_their_voice()
    {
        await Contributions.AddAsync(Contribution("a", "key-a", "first", Day(1)), CancellationToken.None);
        await Contributions.AddAsync(Contribution("b", "key-a", "second", Day(3)) with { Role = ContributorRole.HealthOrCareStaff }, CancellationToken.None);
        await Contributions.AddAsync(Contribution("c", "key-b", "someone else's", Day(4)), CancellationToken.None);
        await Contributions.AddAsync(Contribution("d", "key-a", "in another round", Day(5)) with { RoundId = "round-2" }, CancellationToken.None);
        // An index row written before rows kept the time: it is still read, and here it is the newest.
        var older = Contribution("e", "key-a", "from before", Day(4)) with { Role = ContributorRole.UsesServices };
        await Contributions.AddAsync(older, CancellationToken.None);
        await _storage.Get<ElcBot.Storage.Tables.ContributorIndex>().AddAsync("key-a", ElcBot.Storage.Tables.ContributorIndex.ContributionPrefix, "round-1", "e", CancellationToken.None);

        var newest = await Contributions.FindLatestByContributorAsync("key-a", "round-1", CancellationToken.None);
        await Contributions.DeleteAsync(older, CancellationToken.None);
        var afterErasure = await Contributions.FindLatestByContributorAsync("key-a", "round-1", CancellationToken.None);

        Assert.Equal("from before", newest?.Text);
        Assert.Equal(("second", ContributorRole.HealthOrCareStaff), (afterErasure?.Text, afterErasure?.Role));
        Assert.Null(await Contributions.FindLatestByContributorAsync("key-c", "round-1", CancellationToken.None));
    }

    [Fact]
    public async Task Should_give_the_exact_count_when_many_people_press_support_on_one_idea_at_once()
    {
        var people = Enumerable.Range(0, 60).Select(i => $"supporter-{i}").ToArray();

        await Task.WhenAll(people.Select(p => Supports.ToggleAsync(new Support("round-1", "idea-1", p, VoiceGroup.Staff), $"press-{p}", CancellationToken.None)));
        // A third of them change their mind, while the same first presses are delivered again.
        await Task.WhenAll(people.Take(20).Select(p => Supports.ToggleAsync(new Support("round-1", "idea-1", p, VoiceGroup.Staff), $"second-{p}", CancellationToken.None))
            .Concat(people.Skip(20).Select(p => Supports.ToggleAsync(new Support("round-1", "idea-1", p, VoiceGroup.Staff), $"press-{p}", CancellationToken.None))));

        Assert.Equal(40, await Supports.CountAsync("round-1", "idea-1", CancellationToken.None));
        Assert.Equal(40, (await Supports.ListForRoundAsync("round-1", CancellationToken.None)).Count);
        Assert.Equal(0, await Supports.CountAsync("round-1", "idea-2", CancellationToken.None));
    }

    [Fact]
    public async Task Should_count_one_person_once_when_they_press_on_two_devices_at_the_same_moment()
    {
        var support = new Support("round-1", "idea-1", "one-person", VoiceGroup.LivedExperience);

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Supports.ToggleAsync(support, $"device-{i}", CancellationToken.None)));

        // Eight presses alternate on and off, one after another: an even number ends withdrawn.
        Assert.Equal(4, results.Count(r => r));
        Assert.Equal(0, await Supports.CountAsync("round-1", "idea-1", CancellationToken.None));
    }

    private static DateTimeOffset Day(int day) => DateTimeOffset.UnixEpoch.AddDays(day);

    private static Round Round(string id, string conversationId) =>
        new(id, conversationId, "tenant-1", "team-1", "What matters?", ElcStage.Discover, null, true, DateTimeOffset.UnixEpoch);

    private static Contribution Contribution(string id, string key, string text, DateTimeOffset at) =>
        new("round-1", id, ContributionKind.Idea, text, ContributorRole.Carer, ConsentLevel.MayQuote, key, null, null, at, "sub-" + id);

    /// <summary>Keeps each report as it comes, unlike <see cref="Progress{T}"/>, which posts them to the thread pool.</summary>
    private sealed class Recorded(List<int> done) : IProgress<int>
    {
        public void Report(int value) => done.Add(value);
    }
}
