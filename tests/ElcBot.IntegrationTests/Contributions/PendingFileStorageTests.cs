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

    /// <remarks>
    /// A spreadsheet was kept as plain text across string properties, which hold 900,000 characters at most and pass
    /// Table Storage's 1 MiB limit on a row well before that: a round of a few thousand stories and ideas got an apology
    /// in place of its spreadsheet.
    /// </remarks>
    [Fact]
    public async Task Should_keep_and_give_back_whole_the_spreadsheet_of_a_round_of_ten_thousand_stories_and_ideas()
    {
        var content = Spreadsheet(rows: 10_000);
        Assert.True(content.Length > 2_000_000, $"only {content.Length} characters");

        await Files.SaveAsync(File("big", "round-1", content), CancellationToken.None);

        Assert.Equal(content, (await Files.FindAsync("big", CancellationToken.None))?.Content);
    }

    [Fact]
    public async Task Should_say_the_file_is_too_large_and_keep_nothing_when_a_spreadsheet_cannot_fit_in_storage_even_compressed()
    {
        var random = new Random(7);
        var noise = new string([.. Enumerable.Range(0, 3_000_000).Select(_ => (char)random.Next(0x4E00, 0x9FFF))]);

        await Assert.ThrowsAsync<PendingFileTooLargeException>(() => Files.SaveAsync(File("huge", "round-1", noise), CancellationToken.None));

        Assert.Null(await Files.FindAsync("huge", CancellationToken.None));
    }

    [Fact]
    public async Task Should_still_read_a_spreadsheet_offered_before_files_were_kept_compressed()
    {
        var row = new Azure.Data.Tables.TableEntity("file", "older")
        {
            ["FileId"] = "older", ["RecipientId"] = "29:facilitator", ["FileName"] = "round.csv", ["OfferedAt"] = Now, ["RoundId"] = "round-1",
            ["Data0"] = "text\nolder ", ["Data1"] = "words", ["Chunks"] = 2,
        };
        await _storage.Get<ElcBot.Storage.Tables.ElcTables>().Get(ElcBot.Storage.Tables.TableNames.PendingFiles).AddEntityAsync(row);

        Assert.Equal("text\nolder words", (await Files.FindAsync("older", CancellationToken.None))?.Content);
    }

    /// <summary>Rows like the real spreadsheet's, with words varied enough that they do not compress unrealistically well.</summary>
    private static string Spreadsheet(int rows)
    {
        var random = new Random(42);
        string[] words = ["the", "nurse", "waited", "clinic", "phone", "carer", "appointment", "mum", "bus", "letter", "kind", "weeks", "help", "night", "ward", "GP", "never", "asked", "again", "felt"];
        var sheet = new System.Text.StringBuilder("id,kind,text,role,consent,theme,supports,shared_at,imported\n");
        for (var i = 0; i < rows; i++)
        {
            var text = string.Join(' ', Enumerable.Range(0, random.Next(20, 60)).Select(_ => words[random.Next(words.Length)]));
            sheet.Append(System.Globalization.CultureInfo.InvariantCulture, $"{Guid.NewGuid():N},Story,\"{text}\",Carer,MayQuote,Waiting times,{random.Next(30)},2026-11-{1 + (i % 28):D2} 10:00,no\n");
        }

        return sheet.ToString();
    }

    private static PendingFile File(string id, string? roundId, string content, DateTimeOffset? offeredAt = null) =>
        new(id, "29:facilitator", "round.csv", content, offeredAt ?? Now, roundId);
}
