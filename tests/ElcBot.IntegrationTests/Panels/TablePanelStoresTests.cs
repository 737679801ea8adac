using ElcBot.Core.Contributions;
using ElcBot.Core.Panels;
using ElcBot.Core.Summaries;
using ElcBot.IntegrationTests.Peers;

namespace ElcBot.IntegrationTests.Panels;

/// <summary>Panel members, the shared draft and the change log in Table Storage (Azurite).</summary>
public sealed class TablePanelStoresTests : IAsyncLifetime
{
    private const string Round = "round/1";
    private static readonly DateTimeOffset At = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
    private StorageServices _storage = null!;

    private IPanelStore Panels => _storage.Get<IPanelStore>();

    private IPanelDraftStore Drafts => _storage.Get<IPanelDraftStore>();

    public async Task InitializeAsync() => _storage = await StorageServices.StartAsync();

    public Task DisposeAsync() => _storage.DisposeAsync().AsTask();

    [Fact]
    public async Task Should_keep_roles_and_log_each_change_newest_first_when_members_come_and_go()
    {
        var sam = Member("29:sam/1", ContributorRole.Carer, At);
        await Panels.SaveMemberAsync(sam, Change(PanelChangeKind.MemberAdded, "Sam", At), CancellationToken.None);
        await Panels.SaveMemberAsync(Member("29:ali", ContributorRole.HealthOrCareStaff, At.AddMinutes(1)), Change(PanelChangeKind.MemberAdded, "Ali", At.AddMinutes(1)), CancellationToken.None);
        await Panels.SaveMemberAsync(sam with { Role = ContributorRole.UsesServices }, Change(PanelChangeKind.MemberAdded, "Sam", At.AddMinutes(2)), CancellationToken.None);

        var removed = await Panels.RemoveMemberAsync(Round, "29:ali", Change(PanelChangeKind.MemberRemoved, "Ali", At.AddMinutes(3)), CancellationToken.None);
        var again = await Panels.RemoveMemberAsync(Round, "29:ali", Change(PanelChangeKind.MemberRemoved, "Ali", At.AddMinutes(4)), CancellationToken.None);

        Assert.Equal((true, false), (removed, again));
        var member = Assert.Single(await Panels.ListMembersAsync(Round, CancellationToken.None));
        Assert.Equal(sam with { Role = ContributorRole.UsesServices }, member);
        var log = await Panels.ListChangesAsync(Round, 10, CancellationToken.None);
        Assert.Equal([PanelChangeKind.MemberRemoved, PanelChangeKind.MemberAdded, PanelChangeKind.MemberAdded, PanelChangeKind.MemberAdded], log.Select(c => c.Note.Kind));
        Assert.Equal(("29:fran", "Fran", "Ali"), (log[0].Actor.Id, log[0].Actor.Name, log[0].Note.Subject));
        Assert.Equal(2, (await Panels.ListChangesAsync(Round, 2, CancellationToken.None)).Count);
        Assert.Empty(await Panels.ListMembersAsync("round/2", CancellationToken.None));
    }

    [Fact]
    public async Task Should_write_neither_draft_nor_log_line_when_the_save_is_stale()
    {
        var draft = Draft(themes: 2, membersEach: 2);
        var created = await Drafts.TrySaveAsync(draft, null, Change(PanelChangeKind.DraftSent, null, At), CancellationToken.None);
        var duplicate = await Drafts.TrySaveAsync(draft, null, Change(PanelChangeKind.DraftSent, null, At), CancellationToken.None);
        var renamed = DraftEdits.Rename(draft, "t1", "Waiting well").Draft!;
        var saved = await Drafts.TrySaveAsync(renamed, created, Change(PanelChangeKind.Renamed, "t1", At.AddMinutes(1)), CancellationToken.None);
        var stale = await Drafts.TrySaveAsync(DraftEdits.MarkWrong(draft, "t2").Draft!, created, Change(PanelChangeKind.MarkedWrong, "t2", At.AddMinutes(2)), CancellationToken.None);

        Assert.NotNull(created);
        Assert.Null(duplicate);
        Assert.NotNull(saved);
        Assert.NotEqual(created, saved);
        Assert.Null(stale);
        var found = await Drafts.FindAsync(Round, CancellationToken.None);
        Assert.Equal(saved, found!.Version);
        Assert.Equal("Waiting well", found.Draft.Summary.Themes[0].Label);
        Assert.Equal(ThemeLabelStatus.Automatic, found.Draft.Summary.Themes[1].LabelStatus);
        Assert.Equal([PanelChangeKind.Renamed, PanelChangeKind.DraftSent], (await Panels.ListChangesAsync(Round, 10, CancellationToken.None)).Select(c => c.Note.Kind));
    }

    [Fact]
    public async Task Should_keep_the_draft_whole_in_one_row_when_the_round_is_large()
    {
        var draft = Draft(themes: 4, membersEach: 5_000) with { ApprovedBy = ["29:sam"], Deadline = At.AddDays(3) };

        var version = await Drafts.TrySaveAsync(draft, null, null, CancellationToken.None);

        var found = await Drafts.FindAsync(Round, CancellationToken.None);
        Assert.Equal(version, found!.Version);
        Assert.Equal(20_000, found.Draft.Summary.Themes.Sum(t => t.Size));
        Assert.Equal(["29:sam"], found.Draft.ApprovedBy);
        Assert.Equal(At.AddDays(3), found.Draft.Deadline);
        Assert.Equal("Gâteau 🎂 t1", found.Draft.Summary.Themes[0].Label);
    }

    [Fact]
    public async Task Should_change_only_the_names_on_the_lines_rewritten_and_keep_their_place_when_a_long_log_is_rewritten()
    {
        var sam = new PanelActor("29:sam", "Sam");
        for (var i = 0; i < 120; i++)
        {
            var change = i % 3 == 0
                ? new PanelChange(Round, At.AddMinutes(i), sam, new ChangeNote(PanelChangeKind.Approved, Count: i, Of: 200), "s1")
                : Change(PanelChangeKind.Renamed, $"theme {i}", At.AddMinutes(i));
            await Drafts.TrySaveAsync(Draft(1, 1) with { DraftId = $"d{i}" }, i == 0 ? null : (await Drafts.FindAsync(Round, CancellationToken.None))!.Version, change, CancellationToken.None);
        }

        await Panels.SaveMemberAsync(Member("29:sam", ContributorRole.Carer, At), new PanelChange(Round, At.AddHours(5), new PanelActor("29:fran", "Fran"),
            new ChangeNote(PanelChangeKind.MemberAdded, "Sam", "Carer", SubjectId: "29:sam")), CancellationToken.None);
        var before = await Panels.ListChangesAsync(Round, int.MaxValue, CancellationToken.None);

        var rewritten = await Panels.RewriteChangesAsync(Round, c => c.Actor == sam
            ? c with { Actor = PanelActor.Forgotten }
            : c.Note.SubjectId == "29:sam" ? c with { Note = c.Note with { Subject = PanelActor.ForgottenName, SubjectId = PanelActor.ForgottenName } } : null, CancellationToken.None);

        var after = await Panels.ListChangesAsync(Round, int.MaxValue, CancellationToken.None);
        Assert.Equal((121, 41), (before.Count, rewritten));
        Assert.Equal(before.Select(c => (c.At, c.Note.Kind, c.Note.Count, c.Note.Value, c.DraftId)), after.Select(c => (c.At, c.Note.Kind, c.Note.Count, c.Note.Value, c.DraftId)));
        Assert.DoesNotContain(after, c => c.Actor == sam || c.Note.Subject == "Sam" || c.Note.SubjectId == "29:sam");
        Assert.Equal(40, after.Count(c => c.Actor == PanelActor.Forgotten && c.Note.Kind == PanelChangeKind.Approved));
        Assert.Equal(("Fran", PanelActor.ForgottenName), (after[0].Actor.Name, after[0].Note.Subject));
        Assert.Equal(80, after.Count(c => c.Actor.Name == "Fran" && c.Note.Subject!.StartsWith("theme ", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Should_forget_both_people_on_a_line_when_each_is_forgotten_at_the_same_moment()
    {
        await Panels.SaveMemberAsync(Member("29:ali", ContributorRole.Carer, At), new PanelChange(Round, At, new PanelActor("29:fran", "Fran"),
            new ChangeNote(PanelChangeKind.MemberAdded, "Ali", "Carer", SubjectId: "29:ali")), CancellationToken.None);

        await Task.WhenAll(
            Panels.RewriteChangesAsync(Round, c => c with { Actor = PanelActor.Forgotten }, CancellationToken.None),
            Panels.RewriteChangesAsync(Round, c => c with { Note = c.Note with { Subject = PanelActor.ForgottenName, SubjectId = PanelActor.ForgottenName } }, CancellationToken.None));

        var line = Assert.Single(await Panels.ListChangesAsync(Round, 10, CancellationToken.None));
        Assert.Equal((PanelActor.Forgotten, PanelActor.ForgottenName, PanelActor.ForgottenName, "Carer"), (line.Actor, line.Note.Subject, line.Note.SubjectId, line.Note.Value));
    }

    [Fact]
    public async Task Should_list_only_drafts_in_review_whose_reminder_is_due_in_any_round()
    {
        var due = At.AddDays(2);
        await Drafts.TrySaveAsync(Draft(1, 1) with { RemindAt = due }, null, null, CancellationToken.None);
        await Drafts.TrySaveAsync(Draft(1, 1) with { RoundId = "round/2", RemindAt = due.AddMinutes(1) }, null, null, CancellationToken.None);
        await Drafts.TrySaveAsync(Draft(1, 1) with { RoundId = "round/3" }, null, null, CancellationToken.None);
        await Drafts.TrySaveAsync(Draft(1, 1) with { RoundId = "round/4", RemindAt = due, State = DraftState.Publishing }, null, null, CancellationToken.None);

        var listed = await Drafts.ListDueAsync(due, CancellationToken.None);

        var found = Assert.Single(listed);
        Assert.Equal((Round, due), (found.Draft.RoundId, found.Draft.RemindAt));
        Assert.Equal((await Drafts.FindAsync(Round, CancellationToken.None))!.Version, found.Version);
        await Drafts.TrySaveAsync(found.Draft with { RemindAt = null }, found.Version, null, CancellationToken.None);
        var later = await Drafts.ListDueAsync(due.AddDays(1), CancellationToken.None);
        Assert.Equal(["round/2"], later.Select(d => d.Draft.RoundId));
    }

    [Fact]
    public async Task Should_list_a_draft_whose_first_send_did_not_finish_once_its_time_has_passed()
    {
        var by = At.AddMinutes(5);
        await Drafts.TrySaveAsync(Draft(1, 1) with { DeliverBy = by, RemindAt = At.AddDays(2) }, null, null, CancellationToken.None);

        var early = await Drafts.ListDueAsync(by.AddSeconds(-1), CancellationToken.None);
        var found = Assert.Single(await Drafts.ListDueAsync(by, CancellationToken.None));
        await Drafts.TrySaveAsync(found.Draft with { DeliverBy = null }, found.Version, null, CancellationToken.None);

        Assert.Empty(early);
        Assert.Equal(by, found.Draft.DeliverBy);
        Assert.Empty(await Drafts.ListDueAsync(by.AddHours(1), CancellationToken.None));
    }

    [Fact]
    public async Task Should_keep_how_many_approvals_a_change_set_aside_when_it_is_logged()
    {
        var line = new PanelChange(Round, At, new PanelActor("29:ali", "Ali"), new ChangeNote(PanelChangeKind.Renamed, "phones", "Getting through", ApprovalsReset: 2), "s1");
        await Drafts.TrySaveAsync(Draft(1, 1), null, line, CancellationToken.None);

        Assert.Equal(line, Assert.Single(await Panels.ListChangesAsync(Round, 10, CancellationToken.None)));
    }

    public static PanelDraft Draft(int themes, int membersEach) => new(
        Round,
        "s1",
        new RoundSummary("s1", Round, "What would help?", "Discover", At.AddDays(-7), At,
            new SummaryCounts(0, themes * membersEach, 0, 0, new Dictionary<VoiceGroup, int> { [VoiceGroup.Staff] = 1 }),
            Enumerable.Range(1, themes).Select(t => new ThemeDigest($"t{t}", $"Gâteau 🎂 t{t}",
                Enumerable.Range(0, membersEach).Select(i => $"{t}-{i:D6}-{Guid.NewGuid():N}").ToArray(), 0.5, 0.5, [], null)).ToArray(),
            0, [], [], new WhatIsNew(null, 0, [])),
        DraftState.InReview,
        At,
        At.AddDays(3),
        []);

    private static PanelMember Member(string id, ContributorRole role, DateTimeOffset at) =>
        new(Round, id, id == "29:ali" ? "Ali" : "Sam", role, new PanelAddress("msteams", "https://smba.example/amer/", "28:bot", "tenant-1"), at);

    private static PanelChange Change(PanelChangeKind kind, string? subject, DateTimeOffset at) =>
        new(Round, at, new PanelActor("29:fran", "Fran"), new ChangeNote(kind, subject), "s1");
}
