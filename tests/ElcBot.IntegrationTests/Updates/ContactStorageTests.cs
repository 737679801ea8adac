using Azure.Data.Tables;
using ElcBot.Core.Contributions;
using ElcBot.Core.Updates;
using ElcBot.IntegrationTests.Peers;
using ElcBot.Storage.Tables;

namespace ElcBot.IntegrationTests.Updates;

/// <summary>Contact permission and sealed addresses against a real Azurite.</summary>
public sealed class ContactStorageTests : IAsyncLifetime
{
    private StorageServices _storage = null!;

    public async Task InitializeAsync() => _storage = await StorageServices.StartAsync();

    public async Task DisposeAsync() => await _storage.DisposeAsync();

    [Fact]
    public async Task Should_read_a_contribution_saved_before_people_were_asked_as_do_not_contact()
    {
        var table = _storage.Get<ElcTables>().Get(TableNames.Contributions);
        await table.AddEntityAsync(new TableEntity("round-1", "old-idea")
        {
            ["RoundId"] = "round-1", ["Id"] = "old-idea", ["Kind"] = "Idea", ["Text"] = "Older words", ["Role"] = "Carer",
            ["Consent"] = "MayQuote", ["ContributorKey"] = "k", ["CreatedAt"] = DateTimeOffset.UnixEpoch, ["SubmissionId"] = "s",
        });

        var read = await _storage.Get<IContributionStore>().GetAsync("round-1", "old-idea", CancellationToken.None);

        Assert.False(read!.MayContact);
    }

    [Fact]
    public async Task Should_keep_a_contributions_permission_and_clear_it_when_asked()
    {
        var store = _storage.Get<IContributionStore>();
        await store.AddAsync(new Contribution("round-1", "idea-1", ContributionKind.Idea, "Words", ContributorRole.Carer, ConsentLevel.MayQuote, "k", null, null,
            DateTimeOffset.UnixEpoch, "s", MayContact: true), CancellationToken.None);
        Assert.True((await store.GetAsync("round-1", "idea-1", CancellationToken.None))!.MayContact);

        await store.SetContactAsync("round-1", "idea-1", mayContact: false, CancellationToken.None);
        await store.SetContactAsync("round-1", "erased-meanwhile", mayContact: false, CancellationToken.None);

        var read = await store.GetAsync("round-1", "idea-1", CancellationToken.None);
        Assert.False(read!.MayContact);
        Assert.Equal("Words", read.Text);
        Assert.Null(await store.GetAsync("round-1", "erased-meanwhile", CancellationToken.None));
    }

    [Fact]
    public async Task Should_give_a_supporter_permission_only_while_they_support_and_start_again_without_it_after_pressing_twice()
    {
        var supports = _storage.Get<ISupportStore>();
        Assert.False(await supports.SetContactAsync("round-1", "idea-1", "bo", mayContact: true, CancellationToken.None));
        await supports.ToggleAsync(new Support("round-1", "idea-1", "bo", VoiceGroup.Staff), "p1", CancellationToken.None);

        Assert.True(await supports.SetContactAsync("round-1", "idea-1", "bo", mayContact: true, CancellationToken.None));
        Assert.True(Assert.Single(await supports.ListForRoundAsync("round-1", CancellationToken.None)).MayContact);

        await supports.ToggleAsync(new Support("round-1", "idea-1", "bo", VoiceGroup.Staff), "p2", CancellationToken.None);
        Assert.False(await supports.SetContactAsync("round-1", "idea-1", "bo", mayContact: true, CancellationToken.None));
        await supports.ToggleAsync(new Support("round-1", "idea-1", "bo", VoiceGroup.Staff), "p3", CancellationToken.None);
        Assert.False(Assert.Single(await supports.ListForRoundAsync("round-1", CancellationToken.None)).MayContact);
    }

    [Fact]
    public async Task Should_keep_replace_find_and_delete_a_persons_sealed_address()
    {
        var contacts = _storage.Get<IContactStore>();
        await contacts.SaveAsync(new SealedContact("key/with#odd?chars", "first", DateTimeOffset.UnixEpoch), CancellationToken.None);
        await contacts.SaveAsync(new SealedContact("key/with#odd?chars", "second", DateTimeOffset.UnixEpoch.AddDays(1)), CancellationToken.None);

        Assert.Equal("second", (await contacts.FindAsync("key/with#odd?chars", CancellationToken.None))!.SealedAddress);

        await contacts.DeleteAsync("key/with#odd?chars", CancellationToken.None);
        await contacts.DeleteAsync("never-there", CancellationToken.None);
        Assert.Null(await contacts.FindAsync("key/with#odd?chars", CancellationToken.None));
    }
}
