using ElcBot.Core.Contributions;
using ElcBot.Core.Panels;
using ElcBot.Core.Summaries;
using ElcBot.Tests.Fakes;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Moq;
using static ElcBot.Tests.Panels.PanelSamples;

namespace ElcBot.Tests.Panels;

public sealed class PanelReviewServiceTests
{
    private readonly FakePanelStore _panels = new();
    private readonly FakePanelDraftStore _drafts;
    private readonly FakeTimeProvider _time = new(SentAt.AddHours(1));
    private readonly PanelReviewService _reviews;

    public PanelReviewServiceTests()
    {
        _drafts = new FakePanelDraftStore(_panels);
        var source = new Mock<ISummarySource>();
        source.Setup(s => s.LoadAsync(RoundId, It.IsAny<CancellationToken>())).ReturnsAsync(new SummarySourceData(Round, Shared));
        _reviews = new PanelReviewService(_panels, _drafts, source.Object, Options.Create(new PanelOptions { ReviewDays = 3 }), _time);
        _panels.Add(RoundId, "29:sam", ContributorRole.Carer, "Sam");
        _panels.Add(RoundId, "29:ali", ContributorRole.HealthOrCareStaff, "Ali");
    }

    [Fact]
    public async Task Should_start_one_draft_with_a_deadline_and_log_it_when_a_summary_goes_to_the_panel()
    {
        var first = await _reviews.TryStartAsync(Summary(), 2, CancellationToken.None);
        var second = await _reviews.TryStartAsync(Summary() with { SummaryId = "s2" }, 2, CancellationToken.None);

        Assert.NotNull(first);
        Assert.Equal(SentAt.AddHours(1).AddDays(3), first.Deadline);
        Assert.Null(second);
        Assert.Equal("s1", (await _drafts.FindAsync(RoundId, CancellationToken.None))!.Draft.DraftId);
        Assert.Equal(new ChangeNote(PanelChangeKind.DraftSent, Count: 2), Assert.Single(_panels.Changes).Note);
    }

    [Fact]
    public async Task Should_keep_both_changes_when_another_member_saves_first()
    {
        _drafts.Put(Draft());
        // Ali's rename lands between Sam reading the draft and Sam saving it.
        _drafts.BeforeNextSave = () => _drafts.Put(DraftEdits.Rename(Draft(), "t2", "Getting through").Draft!);

        var result = await _reviews.EditAsync(RoundId, "s1", "29:sam", (d, _) => DraftEdits.Rename(d, "t1", "Waiting well"), CancellationToken.None);

        Assert.Equal(DraftEditOutcome.Done, result.Outcome);
        var stored = (await _drafts.FindAsync(RoundId, CancellationToken.None))!.Draft.Summary.Themes.Select(t => t.Label).Order();
        Assert.Equal(["Getting through", "Waiting well"], stored);
        var logged = Assert.Single(_panels.Changes);
        Assert.Equal(("29:sam", "Sam", PanelChangeKind.Renamed), (logged.Actor.Id, logged.Actor.Name, logged.Note.Kind));
    }

    [Fact]
    public async Task Should_say_the_theme_is_gone_and_save_nothing_when_it_was_merged_away_meanwhile()
    {
        _drafts.Put(Draft());
        _drafts.BeforeNextSave = () => _drafts.Put(DraftEdits.Merge(Draft(), "t1", "t2").Draft!);

        var result = await _reviews.EditAsync(RoundId, "s1", "29:sam", (d, _) => DraftEdits.Rename(d, "t2", "Phones"), CancellationToken.None);

        Assert.Equal(DraftEditOutcome.ThemeGone, result.Outcome);
        Assert.Single(result.View!.Draft.Summary.Themes);
        Assert.Empty(_panels.Changes);
    }

    [Fact]
    public async Task Should_change_nothing_when_someone_not_on_the_panel_tries()
    {
        _drafts.Put(Draft());

        var result = await _reviews.EditAsync(RoundId, "s1", "29:stranger", (d, _) => DraftEdits.MarkWrong(d, "t1"), CancellationToken.None);

        Assert.Equal(DraftEditOutcome.NotOnPanel, result.Outcome);
        Assert.Equal(0, _drafts.Saves);
    }

    [Fact]
    public async Task Should_change_nothing_when_the_draft_is_older_or_being_posted()
    {
        _drafts.Put(Draft() with { State = DraftState.Publishing, LeaseUntil = SentAt.AddDays(1) });

        var older = await _reviews.EditAsync(RoundId, "s0", "29:sam", (d, _) => DraftEdits.MarkWrong(d, "t1"), CancellationToken.None);
        var posting = await _reviews.EditAsync(RoundId, "s1", "29:sam", (d, _) => DraftEdits.MarkWrong(d, "t1"), CancellationToken.None);

        Assert.Equal((DraftEditOutcome.DraftGone, DraftEditOutcome.NotInReview), (older.Outcome, posting.Outcome));
        Assert.Equal(0, _drafts.Saves);
    }

    [Fact]
    public async Task Should_reach_a_majority_only_when_more_than_half_the_current_panel_approved()
    {
        _panels.Add(RoundId, "29:jo", ContributorRole.UsesServices, "Jo");
        _drafts.Put(Draft());

        var one = await _reviews.EditAsync(RoundId, "s1", "29:sam", (d, m) => DraftEdits.Approve(d, "29:sam", m), CancellationToken.None);
        var two = await _reviews.EditAsync(RoundId, "s1", "29:jo", (d, m) => DraftEdits.Approve(d, "29:jo", m), CancellationToken.None);

        Assert.False(one.View!.Draft.MajorityApproved(one.View.Members));
        Assert.True(two.View!.Draft.MajorityApproved(two.View.Members));
        Assert.Equal(new ChangeNote(PanelChangeKind.Approved, Count: 2, Of: 3), _panels.Changes.Last().Note);
    }

    [Fact]
    public async Task Should_set_aside_earlier_approvals_and_log_how_many_when_a_member_changes_the_draft()
    {
        _panels.Add(RoundId, "29:jo", ContributorRole.UsesServices, "Jo");
        _drafts.Put(Draft() with { ApprovedBy = ["29:sam", "29:jo", "29:gone"] });

        var result = await _reviews.EditAsync(RoundId, "s1", "29:ali", (d, _) => DraftEdits.Rename(d, "t1", "Waiting well"), CancellationToken.None);

        Assert.Equal(["29:jo", "29:sam"], result.SetAside.Select(m => m.UserId).Order());
        var stored = (await _drafts.FindAsync(RoundId, CancellationToken.None))!.Draft;
        Assert.Equal((0, 1), (stored.Approvals(result.View!.Members), stored.Revision));
        Assert.Equal(2, Assert.Single(_panels.Changes).Note.ApprovalsReset);
    }

    [Fact]
    public async Task Should_set_aside_an_approval_that_landed_while_the_change_was_being_saved()
    {
        _drafts.Put(Draft());
        // Sam's approval is saved between Ali reading the draft and Ali saving a rename.
        _drafts.BeforeNextSave = () => _drafts.Put(Draft() with { ApprovedBy = ["29:sam"] });

        var result = await _reviews.EditAsync(RoundId, "s1", "29:ali", (d, _) => DraftEdits.Rename(d, "t1", "Waiting well"), CancellationToken.None);

        Assert.Equal(DraftEditOutcome.Done, result.Outcome);
        Assert.Equal("29:sam", Assert.Single(result.SetAside).UserId);
        Assert.Empty((await _drafts.FindAsync(RoundId, CancellationToken.None))!.Draft.ApprovedBy);
    }

    [Fact]
    public async Task Should_turn_an_approval_down_and_keep_the_change_when_the_draft_changed_while_it_was_being_saved()
    {
        _drafts.Put(Draft());
        _drafts.BeforeNextSave = () => _drafts.Put(DraftEdits.Rename(Draft(), "t1", "Waiting well").Draft!);

        var result = await _reviews.EditAsync(RoundId, "s1", "29:sam", (d, m) => DraftEdits.Approve(d, "29:sam", m, seenRevision: 0), CancellationToken.None);

        Assert.Equal(DraftEditOutcome.ChangedSinceSeen, result.Outcome);
        var stored = (await _drafts.FindAsync(RoundId, CancellationToken.None))!.Draft;
        Assert.Equal((1, "Waiting well"), (stored.Revision, stored.Summary.Themes.Single(t => t.ThemeId == "t1").Label));
        Assert.Empty(stored.ApprovedBy);
    }
}
