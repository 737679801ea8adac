using ElcBot.Core.Contributions;
using ElcBot.Core.Panels;
using ElcBot.Core.Summaries;
using ElcBot.Tests.Fakes;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Moq;
using static ElcBot.Tests.Panels.PanelSamples;

namespace ElcBot.Tests.Panels;

public sealed class PanelRemindersTests
{
    private static readonly DateTimeOffset RemindAt = SentAt.AddDays(2);
    private readonly FakePanelStore _panels = new();
    private readonly FakePanelDraftStore _drafts;
    private readonly FakePanelNotifier _notifier = new();
    private readonly FakeTimeProvider _time = new(SentAt);
    private readonly PanelReminders _reminders;

    public PanelRemindersTests()
    {
        _drafts = new FakePanelDraftStore(_panels);
        var source = new Mock<ISummarySource>();
        source.Setup(s => s.LoadAsync(RoundId, It.IsAny<CancellationToken>())).ReturnsAsync(new SummarySourceData(Round, Shared));
        var reviews = new PanelReviewService(_panels, _drafts, source.Object, Options.Create(new PanelOptions()), _time);
        _reminders = new PanelReminders(_drafts, reviews, _notifier, _time, NullLogger<PanelReminders>.Instance);
        _panels.Add(RoundId, "29:sam", ContributorRole.Carer, "Sam");
        _panels.Add(RoundId, "29:ali", ContributorRole.HealthOrCareStaff, "Ali");
        _panels.Add(RoundId, "29:jo", ContributorRole.UsesServices, "Jo");
        _drafts.Put(Draft() with { ApprovedBy = ["29:sam"], RemindAt = RemindAt });
    }

    [Fact]
    public async Task Should_remind_only_those_yet_to_approve_and_only_once_when_the_time_comes()
    {
        var early = await RunAtAsync(RemindAt.AddMinutes(-1));
        var due = await RunAtAsync(RemindAt);
        var later = await RunAtAsync(RemindAt.AddHours(1));

        Assert.Equal((0, 1, 0), (early, due, later));
        Assert.Equal(["29:ali", "29:jo"], _notifier.SentTo(PanelNotice.Reminder));
        Assert.Null(Stored().RemindAt);
        var logged = Assert.Single(_panels.Changes);
        Assert.Equal((PanelChangeKind.Reminded, 2, PanelActor.Bot), (logged.Note.Kind, logged.Note.Count, logged.Actor));
    }

    [Fact]
    public async Task Should_leave_the_reminder_to_another_instance_until_its_lease_ends()
    {
        _drafts.Put(Stored() with { ReminderLeaseUntil = RemindAt.AddMinutes(5) });

        var whileHeld = await RunAtAsync(RemindAt.AddMinutes(1));
        var afterLease = await RunAtAsync(RemindAt.AddMinutes(6));

        Assert.Equal((0, 1), (whileHeld, afterLease));
        Assert.Equal(2, _notifier.Sent.Count);
    }

    [Fact]
    public async Task Should_keep_a_change_saved_while_the_reminders_were_being_sent()
    {
        _notifier.WhileSending = () => _drafts.Put(DraftEdits.Rename(Stored(), "t1", "Waiting well").Draft!);

        await RunAtAsync(RemindAt);

        var stored = Stored();
        Assert.Equal("Waiting well", stored.Summary.Themes.Single(t => t.ThemeId == "t1").Label);
        Assert.Null(stored.RemindAt);
        Assert.Null(stored.ReminderLeaseUntil);
    }

    [Fact]
    public async Task Should_send_no_reminder_when_the_draft_is_being_posted()
    {
        _drafts.Put(Stored() with { State = DraftState.Publishing, LeaseUntil = RemindAt.AddMinutes(5) });

        Assert.Equal(0, await RunAtAsync(RemindAt));
        Assert.Empty(_notifier.Sent);
        Assert.Equal(RemindAt, Stored().RemindAt);
    }

    [Fact]
    public async Task Should_send_a_draft_its_maker_stopped_before_sending_to_the_whole_panel_once()
    {
        var deliverBy = SentAt + PanelReminders.Lease;
        _drafts.Put(Stored() with { DeliverBy = deliverBy, FirstSendPending = true });

        var whileTheMakerMayStillBeSending = await RunAtAsync(deliverBy.AddMinutes(-1));
        var after = await RunAtAsync(deliverBy);
        var again = await RunAtAsync(deliverBy.AddMinutes(1));

        Assert.Equal((0, 1, 0), (whileTheMakerMayStillBeSending, after, again));
        Assert.Equal(["29:ali", "29:jo", "29:sam"], _notifier.SentTo(PanelNotice.Draft));
        Assert.Empty(_notifier.SentTo(PanelNotice.Reminder));
        Assert.Equal((null, RemindAt), (Stored().DeliverBy, Stored().RemindAt));
        Assert.Empty(_panels.Changes);
    }

    [Fact]
    public async Task Should_send_an_unsent_draft_with_the_reminders_words_when_the_reminder_is_due_too()
    {
        _drafts.Put(Stored() with { DeliverBy = SentAt + PanelReminders.Lease, FirstSendPending = true });

        Assert.Equal(1, await RunAtAsync(RemindAt));

        Assert.Equal(["29:ali", "29:jo", "29:sam"], _notifier.SentTo(PanelNotice.Reminder));
        Assert.Equal((null, null), (Stored().DeliverBy, Stored().RemindAt));
    }

    [Fact]
    public async Task Should_mark_a_new_draft_as_not_yet_sent_until_its_maker_says_it_was()
    {
        var drafts = new FakePanelDraftStore(_panels);
        var reviews = new PanelReviewService(_panels, drafts, Mock.Of<ISummarySource>(), Options.Create(new PanelOptions()), _time);

        var draft = await reviews.TryStartAsync(Summary() with { RoundId = "round-new" }, 3, CancellationToken.None);
        Assert.Equal((SentAt + PanelReminders.Lease, true), (draft!.DeliverBy, draft.FirstSendPending));
        Assert.True(await reviews.MarkDeliveredAsync("round-new", draft.DraftId, CancellationToken.None));

        var stored = (await drafts.FindAsync("round-new", CancellationToken.None))!.Draft;
        Assert.Equal((null, false), (stored.DeliverBy, stored.FirstSendPending));
    }

    [Fact]
    public async Task Should_not_write_to_a_draft_being_posted_when_marking_it_sent()
    {
        var reviews = new PanelReviewService(_panels, _drafts, Mock.Of<ISummarySource>(), Options.Create(new PanelOptions()), _time);
        var posting = Stored() with { State = DraftState.Publishing, LeaseUntil = SentAt.AddMinutes(5), DeliverBy = SentAt.AddMinutes(5), FirstSendPending = true };
        _drafts.Put(posting);

        Assert.True(await reviews.MarkDeliveredAsync(RoundId, posting.DraftId, CancellationToken.None));

        Assert.Equal(posting, Stored());
    }

    [Fact]
    public async Task Should_ask_again_those_a_change_set_aside_who_were_never_told_and_have_not_approved_since()
    {
        var deliverBy = SentAt + PanelReminders.Lease;
        _drafts.Put(Stored() with { DeliverBy = deliverBy, AskAgain = ["29:ali", "29:sam"] });

        Assert.Equal(0, await RunAtAsync(deliverBy.AddSeconds(-1)));
        Assert.Equal(1, await RunAtAsync(deliverBy));

        Assert.Equal(["29:ali"], _notifier.SentTo(PanelNotice.ApprovalSetAside));
        Assert.Single(_notifier.Sent);
        Assert.Equal((null, null, RemindAt), (Stored().AskAgain, Stored().DeliverBy, Stored().RemindAt));
    }

    [Theory]
    [InlineData(3, 24, 48)]
    [InlineData(1, 24, null)]
    [InlineData(3, 0, null)]
    public async Task Should_set_the_reminder_the_given_hours_before_the_deadline_when_the_review_is_longer(int days, int hours, int? expectedHoursAfterSending)
    {
        var options = Options.Create(new PanelOptions { ReviewDays = days, ReminderHoursBeforeDeadline = hours });
        var reviews = new PanelReviewService(_panels, new FakePanelDraftStore(_panels), Mock.Of<ISummarySource>(), options, _time);

        var draft = await reviews.TryStartAsync(Summary(), 3, CancellationToken.None);

        Assert.Equal(expectedHoursAfterSending is { } h ? SentAt.AddHours(h) : null, draft!.RemindAt);
    }

    private PanelDraft Stored() => _drafts.FindAsync(RoundId, CancellationToken.None).GetAwaiter().GetResult()!.Draft;

    private Task<int> RunAtAsync(DateTimeOffset at)
    {
        _time.SetUtcNow(at);
        return _reminders.RunDueAsync(at, CancellationToken.None);
    }
}
