using ElcBot.Core.Contributions;
using ElcBot.Core.Panels;
using ElcBot.Core.Privacy;
using ElcBot.Core.Rounds;
using ElcBot.Tests.Fakes;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using static ElcBot.Tests.Panels.PanelSamples;

namespace ElcBot.Tests.Panels;

public sealed class PanelErasureTests
{
    private const string Tenant = "tenant-1";
    private readonly FakeRoundStore _rounds = new();
    private readonly FakePanelStore _panels = new();
    private readonly FakePanelDraftStore _drafts;
    private readonly FakeTimeProvider _time = new(SentAt.AddHours(1));
    private readonly ContributorKeys _keys = new(Options.Create(new PrivacyOptions { ContributorKeySecret = "erasure-test-secret" }), NullLogger<ContributorKeys>.Instance);
    private readonly PanelErasure _erasure;

    public PanelErasureTests()
    {
        _drafts = new FakePanelDraftStore(_panels);
        _erasure = new PanelErasure(_rounds, _panels, new DraftRewriter(_drafts, _time, NullLogger<DraftRewriter>.Instance), _keys, _time, NullLogger<PanelErasure>.Instance);
        foreach (var (id, tenant) in new[] { (RoundId, Tenant), ("r2", Tenant), ("elsewhere", "tenant-2") })
        {
            _rounds.Rounds[id] = new Round(id, $"19:{id}@thread.tacv2", tenant, "team", "What would help?", ElcStage.Discover, null, true, SentAt.AddDays(-7));
        }
    }

    /// <summary>Sam as Teams knows them when they ask: the key is made from their Entra id, panels know their Teams id.</summary>
    private PersonToForget Sam(string? tenant = Tenant) =>
        new(_keys.For("aad-sam"), new HashSet<string> { _keys.For("aad-sam"), _keys.For("29:sam") }, tenant);

    [Fact]
    public async Task Should_take_them_off_every_panel_in_their_tenant_and_log_it_without_their_name_when_they_are_forgotten()
    {
        _panels.Add(RoundId, "29:sam", ContributorRole.Carer, "Sam");
        _panels.Add(RoundId, "29:ali", ContributorRole.HealthOrCareStaff, "Ali");
        _panels.Add("r2", "29:sam", ContributorRole.Carer, "Sam");
        _panels.Add("elsewhere", "29:sam", ContributorRole.Carer, "Sam");

        await _erasure.EraseAsync(Sam(), CancellationToken.None);

        Assert.Equal([("elsewhere", "29:sam"), (RoundId, "29:ali")], _panels.Members.Keys.Order());
        var removals = _panels.Changes.Where(c => c.Note.Kind == PanelChangeKind.MemberRemoved).ToArray();
        Assert.Equal([RoundId, "r2"], removals.Select(c => c.RoundId).Order());
        Assert.All(removals, c => Assert.Equal((PanelActor.Bot, PanelActor.ForgottenName), (c.Actor, c.Note.Subject)));
    }

    [Fact]
    public async Task Should_drop_their_approval_and_count_the_majority_over_the_members_left_when_they_are_forgotten()
    {
        foreach (var id in new[] { "29:sam", "29:ali", "29:jo", "29:max", "29:kim" })
        {
            _panels.Add(RoundId, id, ContributorRole.Carer);
        }

        // 3 of 5 is most of the panel; without Sam's approval, 2 of the 4 left is not.
        _drafts.Put(Draft() with { ApprovedBy = ["29:sam", "29:ali", "29:jo"] });

        await _erasure.EraseAsync(Sam(), CancellationToken.None);

        var draft = (await _drafts.FindAsync(RoundId, CancellationToken.None))!.Draft;
        var members = await _panels.ListMembersAsync(RoundId, CancellationToken.None);
        Assert.Equal(["29:ali", "29:jo"], draft.ApprovedBy);
        Assert.Equal(DraftState.InReview, draft.State);
        Assert.Equal((2, 4), (draft.Approvals(members), members.Count));
        Assert.False(draft.MajorityApproved(members));
    }

    [Fact]
    public async Task Should_take_their_quote_out_of_the_stored_draft_when_words_quoted_in_it_are_erased()
    {
        // Sam wrote idea "a", which the draft quotes in its waiting room theme.
        var a = Shared[0];
        _drafts.Put(Draft());
        Assert.Contains(Draft().Summary.Themes.SelectMany(t => t.Quotes), q => q.ContributionId == "a");

        await new DraftWordsErasure(new DraftRewriter(_drafts, _time, NullLogger<DraftRewriter>.Instance)).EraseAsync(
            [new Contribution(RoundId, a.Id, a.Kind, a.Text, a.Role, a.Consent, _keys.For("aad-sam"), null, null, a.SharedAt, "s-a")], CancellationToken.None);

        var stored = (await _drafts.FindAsync(RoundId, CancellationToken.None))!.Draft.Summary;
        Assert.DoesNotContain(stored.Themes.SelectMany(t => t.MemberIds), id => id == "a");
        Assert.DoesNotContain(stored.Themes.SelectMany(t => t.Quotes), q => q.Text == a.Text);
        Assert.NotEmpty(stored.Themes.SelectMany(t => t.Quotes));
    }

    [Fact]
    public async Task Should_not_post_the_draft_when_the_approvals_left_make_a_majority_of_the_smaller_panel()
    {
        foreach (var id in new[] { "29:sam", "29:ali", "29:jo", "29:max" })
        {
            _panels.Add(RoundId, id, ContributorRole.Carer);
        }

        // 2 of 4 is not yet most of the panel; once Sam goes, 2 of 3 is.
        _drafts.Put(Draft() with { ApprovedBy = ["29:ali", "29:jo"] });

        await _erasure.EraseAsync(Sam(), CancellationToken.None);

        var draft = (await _drafts.FindAsync(RoundId, CancellationToken.None))!.Draft;
        var members = await _panels.ListMembersAsync(RoundId, CancellationToken.None);
        Assert.True(draft.MajorityApproved(members));
        Assert.Equal(DraftState.InReview, draft.State);
        Assert.Equal(0, _drafts.Saves);
        Assert.DoesNotContain(_panels.Changes, c => c.Note.Kind == PanelChangeKind.Published);
    }

    [Fact]
    public async Task Should_keep_another_members_approval_saved_meanwhile_when_the_draft_changed_under_the_erasure()
    {
        _panels.Add(RoundId, "29:sam", ContributorRole.Carer);
        _drafts.Put(Draft() with { ApprovedBy = ["29:sam", "29:ali"] });
        _drafts.BeforeNextSave = () => _drafts.Put(Draft() with { ApprovedBy = ["29:sam", "29:ali", "29:jo"] });

        await _erasure.EraseAsync(Sam(), CancellationToken.None);

        Assert.Equal(["29:ali", "29:jo"], (await _drafts.FindAsync(RoundId, CancellationToken.None))!.Draft.ApprovedBy);
    }

    [Fact]
    public async Task Should_put_someone_who_asked_to_be_forgotten_in_place_of_their_id_and_name_on_every_line_by_or_about_them()
    {
        _panels.Add(RoundId, "29:sam", ContributorRole.Carer, "Sam");
        var fran = new PanelActor("29:fran", "Fran");
        var sam = new PanelActor("29:sam", "Sam");
        Log(RoundId, fran, new ChangeNote(PanelChangeKind.MemberAdded, "Sam", "Carer", SubjectId: "29:sam"));
        Log(RoundId, sam, new ChangeNote(PanelChangeKind.Renamed, "waiting room", "Waiting well"));
        Log(RoundId, sam, new ChangeNote(PanelChangeKind.Approved, Count: 1, Of: 2));
        Log(RoundId, fran, new ChangeNote(PanelChangeKind.MemberAdded, "Ali", "Carer", SubjectId: "29:ali"));
        // Lines written before lines kept ids: Sam, since taken off this panel, is known there by the name on their own lines.
        Log("r2", fran, new ChangeNote(PanelChangeKind.MemberAdded, "Sam", "Carer"));
        Log("r2", sam, new ChangeNote(PanelChangeKind.MarkedWrong, "phone lines"));
        Log("r2", fran, new ChangeNote(PanelChangeKind.MemberRemoved, "Sam"));
        Log("elsewhere", sam, new ChangeNote(PanelChangeKind.Approved, Count: 1, Of: 1));

        var changed = await _erasure.EraseAsync(Sam(), CancellationToken.None);

        var lines = _panels.Changes.ToArray();
        Assert.Equal(1 + 3 + 3, changed);
        Assert.DoesNotContain(lines.Where(c => c.RoundId != "elsewhere"), c => c.Actor == sam || c.Note.Subject == "Sam" || c.Note.SubjectId == "29:sam");
        Assert.Equal(sam, lines.Single(c => c.RoundId == "elsewhere").Actor);
        Assert.Equal(
            [
                "Fran|MemberAdded|Someone who asked to be forgotten", "Someone who asked to be forgotten|Renamed|waiting room",
                "Someone who asked to be forgotten|Approved|", "Fran|MemberAdded|Ali",
                "Fran|MemberAdded|Someone who asked to be forgotten", "Someone who asked to be forgotten|MarkedWrong|phone lines",
                "Fran|MemberRemoved|Someone who asked to be forgotten", "ElcBot|MemberRemoved|Someone who asked to be forgotten",
            ],
            lines.Where(c => c.RoundId != "elsewhere").Select(c => $"{c.Actor.Name}|{c.Note.Kind}|{c.Note.Subject}"));
        Assert.Equal(PanelActor.ForgottenName, lines.First(c => c.Note.Kind == PanelChangeKind.Approved).Actor.Id);
    }

    [Fact]
    public async Task Should_change_nothing_more_when_they_ask_again()
    {
        _panels.Add(RoundId, "29:sam", ContributorRole.Carer, "Sam");
        _drafts.Put(Draft() with { ApprovedBy = ["29:sam"] });
        Log(RoundId, new PanelActor("29:sam", "Sam"), new ChangeNote(PanelChangeKind.Approved, Count: 1, Of: 1));

        var first = await _erasure.EraseAsync(Sam(), CancellationToken.None);
        var lines = _panels.Changes.ToArray();
        var second = await _erasure.EraseAsync(Sam(), CancellationToken.None);

        Assert.Equal((3, 0), (first, second));
        Assert.Equal(lines, _panels.Changes.ToArray());
    }

    [Fact]
    public async Task Should_leave_a_draft_being_posted_alone_and_ask_to_be_asked_again_then_finish_once_it_is_posted()
    {
        _panels.Add(RoundId, "29:sam", ContributorRole.Carer, "Sam");
        var posting = Draft() with { ApprovedBy = ["29:sam"], State = DraftState.Publishing, LeaseUntil = _time.GetUtcNow().AddMinutes(5) };
        _drafts.Put(posting);

        await Assert.ThrowsAsync<ErasureIncompleteException>(() => _erasure.EraseAsync(Sam(), CancellationToken.None));

        Assert.Equal(posting, (await _drafts.FindAsync(RoundId, CancellationToken.None))!.Draft);
        Assert.Empty(_panels.Members);
        _drafts.Put(posting with { State = DraftState.Published, LeaseUntil = null, PublishedAt = _time.GetUtcNow() });
        Assert.Equal(1, await _erasure.EraseAsync(Sam(), CancellationToken.None));
        Assert.Empty((await _drafts.FindAsync(RoundId, CancellationToken.None))!.Draft.ApprovedBy);
    }

    [Fact]
    public async Task Should_search_no_panel_when_the_turn_named_no_tenant()
    {
        _panels.Add(RoundId, "29:sam", ContributorRole.Carer, "Sam");

        var changed = await _erasure.EraseAsync(Sam(tenant: null), CancellationToken.None);

        Assert.Equal(0, changed);
        Assert.Single(_panels.Members);
    }

    [Fact]
    public async Task Should_leave_people_alone_whose_ids_are_not_the_persons()
    {
        _panels.Add(RoundId, "29:samantha", ContributorRole.Carer, "Sam");
        _drafts.Put(Draft() with { ApprovedBy = ["29:samantha"] });

        var changed = await _erasure.EraseAsync(Sam(), CancellationToken.None);

        Assert.Equal(0, changed);
        Assert.Single(_panels.Members);
        Assert.Equal(["29:samantha"], (await _drafts.FindAsync(RoundId, CancellationToken.None))!.Draft.ApprovedBy);
    }

    private void Log(string roundId, PanelActor actor, ChangeNote note) =>
        _panels.Changes.Enqueue(new PanelChange(roundId, _time.GetUtcNow(), actor, note));
}
