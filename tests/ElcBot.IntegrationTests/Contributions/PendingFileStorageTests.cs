using ElcBot.Core.Contributions;
using ElcBot.Core.Files;
using ElcBot.Core.Privacy;
using ElcBot.Core.Rounds;
using ElcBot.IntegrationTests.Peers;

namespace ElcBot.IntegrationTests.Contributions;

/// <summary>Spreadsheets waiting for Allow, against a real Azurite: they go when words of their round are erased, and after a day.</summary>
public sealed class PendingFileStorageTests : IAsyncLifetime
{
    private const string Person = "key-of-the-person-who-leaves";
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 9, 0, 0, TimeSpan.Zero);
    private StorageServices _storage = null!;

    public async Task InitializeAsync() => _storage = await StorageServices.StartAsync();

    public async Task DisposeAsync() => await _storage.DisposeAsync();

    private IPendingFileStore Files => _storage.Get<IPendingFileStore>();

    [Fact]
    public async Task Should_delete_the_waiting_spreadsheets_of_their_round_and_keep_other_rounds_when_someone_is_forgotten()
    {
        var contributions = _storage.Get<IContributionStore>();
        var rounds = _storage.Get<IRoundStore>();
        await rounds.TryOpenAsync(new Round("round-1", "19:c", "t", "team", "What matters?", ElcStage.Dream, null, true, Now), CancellationToken.None);
        await contributions.AddAsync(new Contribution("round-1", "mine", ContributionKind.Story, "words of mine", ContributorRole.Carer, ConsentLevel.MayQuote, Person, null, null, Now, "s1"), CancellationToken.None);
        await Files.SaveAsync(File("their-round", "round-1", "text\nwords of mine"), CancellationToken.None);
        await Files.SaveAsync(File("other-round", "round-2", "text\nsomeone else's words"), CancellationToken.None);
        await Files.SaveAsync(File("round-not-kept", null, "text\nwords of mine"), CancellationToken.None);

        await new ForgetMeService(contributions, _storage.Get<ISupportStore>(), rounds, [], [new PendingFileErasure(Files)])
            .EraseAsync(PersonToForget.ByKey(Person), CancellationToken.None);

        Assert.Null(await Files.FindAsync("their-round", CancellationToken.None));
        Assert.Null(await Files.FindAsync("round-not-kept", CancellationToken.None));
        var kept = await Files.FindAsync("other-round", CancellationToken.None);
        Assert.Equal(("round-2", "text\nsomeone else's words"), (kept?.RoundId, kept?.Content));
    }

    [Fact]
    public async Task Should_delete_only_the_spreadsheets_nobody_answered_within_a_day()
    {
        await Files.SaveAsync(File("old", "round-1", "text\nold words", Now - PendingFile.Lifetime - TimeSpan.FromMinutes(1)), CancellationToken.None);
        await Files.SaveAsync(File("new", "round-1", "text\nnew words", Now - TimeSpan.FromHours(23)), CancellationToken.None);

        var deleted = await new PendingFileExpiry(Files).RunDueAsync(Now, CancellationToken.None);

        Assert.Equal(1, deleted);
        Assert.Equal(["new"], (await Files.ListWaitingAsync(CancellationToken.None)).Select(f => f.FileId));
    }

    private static PendingFile File(string id, string? roundId, string content, DateTimeOffset? offeredAt = null) =>
        new(id, "29:facilitator", "round.csv", content, offeredAt ?? Now, roundId);
}
