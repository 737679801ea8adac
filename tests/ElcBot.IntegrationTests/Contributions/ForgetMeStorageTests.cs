using Azure.Data.Tables;
using ElcBot.Core.Contributions;
using ElcBot.Core.Privacy;
using ElcBot.Core.Rounds;
using ElcBot.IntegrationTests.Peers;
using ElcBot.Storage.Tables;

namespace ElcBot.IntegrationTests.Contributions;

/// <summary>"Forget me" against a real Azurite: afterwards no table holds anything of the person's.</summary>
public sealed class ForgetMeStorageTests : IAsyncLifetime
{
    private const string Person = "key-of-the-person-who-leaves";
    private const string Other = "key-of-someone-else";
    private StorageServices _storage = null!;

    public async Task InitializeAsync() => _storage = await StorageServices.StartAsync();

    public async Task DisposeAsync() => await _storage.DisposeAsync();

    [Fact]
    public async Task Should_leave_nothing_of_the_person_in_any_table_and_keep_everyone_elses_when_they_are_forgotten()
    {
        var contributions = _storage.Get<IContributionStore>();
        var supports = _storage.Get<ISupportStore>();
        var rounds = _storage.Get<IRoundStore>();
        await rounds.TryOpenAsync(new Round("round-1", "19:c", "t", "team", "What matters?", ElcStage.Dream, null, true, DateTimeOffset.UnixEpoch), CancellationToken.None);
        await contributions.AddAsync(Item("mine-story", Person, ContributionKind.Story) with { Vector = [9, 9] }, CancellationToken.None);
        await contributions.AddAsync(Item("mine-idea", Person, ContributionKind.Idea) with { CreditName = "Sam Person" }, CancellationToken.None);
        await contributions.AddAsync(Item("their-idea", Other, ContributionKind.Idea), CancellationToken.None);
        await supports.ToggleAsync(new Support("round-1", "their-idea", Person, VoiceGroup.LivedExperience), "p1", CancellationToken.None);
        await supports.ToggleAsync(new Support("round-1", "mine-idea", Other, VoiceGroup.Staff), "p2", CancellationToken.None);
        await supports.ToggleAsync(new Support("round-1", "their-idea", Other, VoiceGroup.Staff), "p3", CancellationToken.None);

        var contacts = _storage.Get<ElcBot.Core.Updates.IContactStore>();
        await contacts.SaveAsync(new ElcBot.Core.Updates.SealedContact(Person, "sealed address of the person", DateTimeOffset.UnixEpoch), CancellationToken.None);
        await contacts.SaveAsync(new ElcBot.Core.Updates.SealedContact(Other, "sealed address of someone else", DateTimeOffset.UnixEpoch), CancellationToken.None);

        var updates = _storage.Get<ElcBot.Core.Updates.IUpdateStore>();
        var receipts = _storage.Get<ElcBot.Core.Updates.IUpdateReceipts>();
        var aboutTheirIdea = new ElcBot.Core.Updates.ProgressUpdate("round-1", "update-1", ElcBot.Core.Updates.UpdateSubject.Idea, "their-idea", null, null, ["their-idea"],
            ElcBot.Core.Updates.UpdateStatus.Testing, "We are trying it.", Person, DateTimeOffset.UnixEpoch, "f1");
        var aboutTheirTheme = aboutTheirIdea with { UpdateId = "update-2", Subject = ElcBot.Core.Updates.UpdateSubject.Theme, SubjectId = "t1", ContributionIds = ["mine-idea", "their-idea", "mine-story"], AuthorKey = Other };
        var aboutMyIdea = aboutTheirIdea with { UpdateId = "update-3", SubjectId = "mine-idea", ContributionIds = ["mine-idea"], AuthorKey = Other };
        foreach (var update in new[] { aboutTheirIdea, aboutTheirTheme, aboutMyIdea })
        {
            await updates.AddAsync(update, CancellationToken.None);
            await receipts.TryClaimAsync(update, Person, CancellationToken.None);
            await receipts.MarkAsync(update, Person, ElcBot.Core.Updates.DeliveryMark.Told, CancellationToken.None);
            await receipts.TryClaimAsync(update, Other, CancellationToken.None);
        }

        var erasures = new ElcBot.Core.Privacy.IPersonErasure[] { new ElcBot.Core.Updates.ContactErasure(contacts), new ElcBot.Core.Updates.UpdateErasure(updates, receipts) };
        var erased = await new ForgetMeService(contributions, supports, rounds, erasures, [new ElcBot.Core.Updates.UpdateLinkErasure(updates)])
            .EraseAsync(PersonToForget.ByKey(Person), CancellationToken.None);

        Assert.Equal(new ErasedCounts(1, 1, 1), erased);
        var everything = await ReadAllRowsAsync();
        Assert.DoesNotContain(everything, row => Mentions(row, Person) || Mentions(row, "mine-idea") || Mentions(row, "mine-story") || Mentions(row, "Sam Person") || Mentions(row, "sealed address of the person"));
        Assert.Equal(["their-idea"], (await contributions.ListAsync("round-1", null, CancellationToken.None)).Select(c => c.Id));
        Assert.Equal(1, await supports.CountAsync("round-1", "their-idea", CancellationToken.None));
        Assert.NotNull(await rounds.GetAsync("round-1", CancellationToken.None));
        Assert.NotNull(await contacts.FindAsync(Other, CancellationToken.None));
        var kept = (await updates.ListForRoundAsync("round-1", CancellationToken.None)).ToDictionary(u => u.UpdateId);
        Assert.Equal(3, kept.Count);
        Assert.Null(kept["update-1"].AuthorKey);
        Assert.Equal(["their-idea"], kept["update-1"].ContributionIds);
        Assert.Equal(["their-idea"], kept["update-2"].ContributionIds);
        Assert.Equal((string.Empty, 0), (kept["update-3"].SubjectId, kept["update-3"].ContributionIds.Count));
        Assert.Equal(ElcBot.Core.Updates.ClaimOutcome.HeldElsewhere, (await receipts.TryClaimAsync(aboutTheirIdea, Other, CancellationToken.None)).Outcome);
    }

    private async Task<List<TableEntity>> ReadAllRowsAsync()
    {
        var tables = _storage.Get<ElcTables>();
        var rows = new List<TableEntity>();
        foreach (var name in TableNames.All)
        {
            await foreach (var row in tables.Get(name).QueryAsync<TableEntity>())
            {
                rows.Add(row);
            }
        }

        return rows;
    }

    private static bool Mentions(TableEntity row, string value) =>
        row.PartitionKey.Contains(value, StringComparison.Ordinal) || row.RowKey.Contains(value, StringComparison.Ordinal)
        || row.Any(p => p.Value?.ToString()?.Contains(value, StringComparison.Ordinal) == true);

    private static Contribution Item(string id, string key, ContributionKind kind) =>
        new("round-1", id, kind, $"words of {id}", ContributorRole.Carer, ConsentLevel.ThemesOnly, key, null, null, DateTimeOffset.UnixEpoch, "s-" + id);
}
