using ElcBot.Core.Contributions;
using ElcBot.Core.Panels;
using ElcBot.Core.Summaries;
using ElcBot.Tests.Fakes;
using Microsoft.Extensions.Time.Testing;
using Moq;
using static ElcBot.Tests.Panels.PanelSamples;

namespace ElcBot.Tests.Panels;

public sealed class PanelPublishingTests
{
    private readonly FakePanelStore _panels = new();
    private readonly FakePanelDraftStore _drafts;
    private readonly FakeTimeProvider _time = new(SentAt.AddHours(1));
    private readonly PanelPublishing _publishing;

    public PanelPublishingTests()
    {
        _drafts = new FakePanelDraftStore(_panels);
        var source = new Mock<ISummarySource>();
        source.Setup(s => s.LoadAsync(RoundId, It.IsAny<CancellationToken>())).ReturnsAsync(new SummarySourceData(Round, Shared));
        _publishing = new PanelPublishing(_panels, _drafts, source.Object, _time);
        _panels.Add(RoundId, "29:sam", ContributorRole.Carer, "Sam");
        _panels.Add(RoundId, "29:ali", ContributorRole.HealthOrCareStaff, "Ali");
        _panels.Add(RoundId, "29:jo", ContributorRole.UsesServices, "Jo");
    }

    [Fact]
    public async Task Should_refuse_before_the_deadline_when_most_of_the_panel_have_not_approved()
    {
        _drafts.Put(Draft() with { ApprovedBy = ["29:sam"] });

        var claim = await _publishing.ClaimAsync(RoundId, CancellationToken.None);

        Assert.Equal(ClaimOutcome.NotYet, claim.Outcome);
        Assert.Equal(DraftState.InReview, (await _drafts.FindAsync(RoundId, CancellationToken.None))!.Draft.State);
    }

    [Fact]
    public async Task Should_let_a_facilitator_post_when_the_deadline_has_passed_without_a_majority()
    {
        _drafts.Put(Draft());
        _time.SetUtcNow(Draft().Deadline);

        var claim = await _publishing.ClaimAsync(RoundId, CancellationToken.None);

        Assert.Equal(ClaimOutcome.Claimed, claim.Outcome);
        Assert.Equal(new PanelReview(3, 2), claim.Draft!.Summary.Review);
        Assert.Equal(Round, claim.Round);
    }

    [Fact]
    public async Task Should_post_before_the_deadline_when_most_of_the_panel_approved()
    {
        _drafts.Put(Draft() with { ApprovedBy = ["29:sam", "29:jo"] });

        Assert.Equal(ClaimOutcome.Claimed, (await _publishing.ClaimAsync(RoundId, CancellationToken.None)).Outcome);
    }

    [Fact]
    public async Task Should_not_count_an_approval_when_its_author_was_taken_off_the_panel()
    {
        _drafts.Put(Draft() with { ApprovedBy = ["29:sam", "29:gone"] });

        Assert.Equal(ClaimOutcome.NotYet, (await _publishing.ClaimAsync(RoundId, CancellationToken.None)).Outcome);
    }

    [Fact]
    public async Task Should_let_another_poster_take_over_only_when_the_first_ones_lease_has_ended()
    {
        _drafts.Put(Draft() with { ApprovedBy = ["29:sam", "29:jo"] });

        var first = await _publishing.ClaimAsync(RoundId, CancellationToken.None);
        var second = await _publishing.ClaimAsync(RoundId, CancellationToken.None);
        _time.Advance(PanelPublishing.Lease + TimeSpan.FromSeconds(1));
        var takeover = await _publishing.ClaimAsync(RoundId, CancellationToken.None);

        Assert.Equal((ClaimOutcome.Claimed, ClaimOutcome.BeingPosted, ClaimOutcome.Claimed), (first.Outcome, second.Outcome, takeover.Outcome));
        Assert.False(await _publishing.CompleteAsync(first, PanelActor.Bot, CancellationToken.None));
        Assert.True(await _publishing.CompleteAsync(takeover, PanelActor.Bot, CancellationToken.None));
    }

    [Fact]
    public async Task Should_mark_the_draft_posted_and_log_the_panel_when_posting_completes()
    {
        _drafts.Put(Draft() with { ApprovedBy = ["29:sam", "29:jo"] });
        var claim = await _publishing.ClaimAsync(RoundId, CancellationToken.None);

        await _publishing.CompleteAsync(claim, new PanelActor("29:jo", "Jo"), CancellationToken.None);

        var stored = (await _drafts.FindAsync(RoundId, CancellationToken.None))!.Draft;
        Assert.Equal(DraftState.Published, stored.State);
        Assert.Equal(ClaimOutcome.AlreadyPosted, (await _publishing.ClaimAsync(RoundId, CancellationToken.None)).Outcome);
        Assert.Equal(new ChangeNote(PanelChangeKind.Published, Count: 2, Of: 3), _panels.Changes.Last().Note);
    }

    [Fact]
    public async Task Should_put_the_draft_back_in_review_when_posting_failed()
    {
        _time.SetUtcNow(Draft().Deadline.AddHours(1));
        _drafts.Put(Draft());
        var claim = await _publishing.ClaimAsync(RoundId, CancellationToken.None);

        await _publishing.ReleaseAsync(claim, CancellationToken.None);

        Assert.Equal(DraftState.InReview, (await _drafts.FindAsync(RoundId, CancellationToken.None))!.Draft.State);
        Assert.Equal(ClaimOutcome.Claimed, (await _publishing.ClaimAsync(RoundId, CancellationToken.None)).Outcome);
    }
}
