using ElcBot.Bot.Updates;
using ElcBot.Core.Contributions;
using ElcBot.Core.Privacy;
using ElcBot.Core.Updates;
using ElcBot.Tests.Contributions;
using ElcBot.Tests.Fakes;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using static ElcBot.Tests.Updates.UpdateRecipientsTests;

namespace ElcBot.Tests.Updates;

public sealed class UpdateDeliveryTests : IAsyncLifetime
{
    private readonly FakeRoundStore _rounds = new();
    private readonly FakeContributionStore _contributions = new();
    private readonly FakeSupportStore _supports = new();
    private readonly FakeUpdateStore _receipts = new();
    private readonly FakeContactStore _contactStore = new();
    private readonly FakeUpdateNotifier _notifier = new();
    private readonly FakePendingDeliveries _pending = new();
    private readonly FakeDeliveryReporter _reporter = new();
    private readonly Microsoft.Extensions.Time.Testing.FakeTimeProvider _time = new(new DateTimeOffset(2026, 4, 1, 9, 0, 0, TimeSpan.Zero));
    private ContactBook _contacts = null!;
    private UpdateDelivery _delivery = null!;
    private UnfinishedDeliveries _unfinished = null!;

    public async Task InitializeAsync()
    {
        _contacts = new ContactBook(_contactStore, new AddressSealer(Options.Create(new PrivacyOptions { ContributorKeySecret = "delivery-test" })), TimeProvider.System);
        _delivery = new UpdateDelivery(_rounds, _contributions, _supports, _receipts, _contacts, _notifier, _time, NullLogger<UpdateDelivery>.Instance);
        _receipts.Time = _time;
        _unfinished = new UnfinishedDeliveries(_pending, _receipts, _delivery, _reporter, _time, NullLogger<UnfinishedDeliveries>.Instance);
        await _rounds.TryOpenAsync(TeamsTurns.OpenRound(), CancellationToken.None);
        await _contributions.AddAsync(Idea("idea-1", "ali", mayContact: true), CancellationToken.None);
        await _contributions.AddAsync(Idea("idea-2", "ali", mayContact: true), CancellationToken.None);
        await _contributions.AddAsync(Idea("idea-3", "bo", mayContact: false), CancellationToken.None);
        await _supports.ToggleAsync(Backs("idea-3", "cy", mayContact: true), "p1", CancellationToken.None);
        await _supports.ToggleAsync(Backs("idea-1", "dee", mayContact: false), "p2", CancellationToken.None);
        foreach (var person in new[] { "ali", "bo", "cy", "dee" })
        {
            await _contacts.RememberAsync(person, Address(person), CancellationToken.None);
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Should_message_each_person_who_allowed_contact_once_and_nobody_else()
    {
        var report = await _delivery.DeliverAsync(About("idea-1", "idea-2", "idea-3"), CancellationToken.None);

        Assert.Equal(["29:ali", "29:cy"], _notifier.SentTo);
        Assert.Equal(new DeliveryReport(2, 2, 0, null), report with { SubjectText = null });
    }

    [Fact]
    public async Task Should_tell_nobody_twice_when_the_same_update_is_delivered_again()
    {
        var update = About("idea-1", "idea-3");
        await _delivery.DeliverAsync(update, CancellationToken.None);

        var again = await _delivery.DeliverAsync(update, CancellationToken.None);

        Assert.Equal(2, _notifier.Sent.Count);
        Assert.Equal(2, again.Told);
    }

    [Fact]
    public async Task Should_skip_someone_who_removed_the_bot_and_still_tell_the_others()
    {
        _notifier.Unreachable["29:ali"] = true;

        var report = await _delivery.DeliverAsync(About("idea-1", "idea-3"), CancellationToken.None);

        Assert.Equal(["29:cy"], _notifier.SentTo);
        Assert.Equal((2, 1, 1), (report.AskedToHear, report.Told, report.NotReached));
    }

    [Fact]
    public async Task Should_skip_someone_whose_personal_chat_is_unknown_and_still_tell_the_others()
    {
        await _contacts.ForgetAsync("cy", CancellationToken.None);
        await _contactStore.SaveAsync(new SealedContact("ali", "not a sealed address", DateTimeOffset.UnixEpoch), CancellationToken.None);
        await _contributions.AddAsync(Idea("idea-4", "eve", mayContact: true), CancellationToken.None);
        await _contacts.RememberAsync("eve", Address("eve"), CancellationToken.None);

        var report = await _delivery.DeliverAsync(About("idea-1", "idea-3", "idea-4"), CancellationToken.None);

        Assert.Equal(["29:eve"], _notifier.SentTo);
        Assert.Equal((3, 1, 2), (report.AskedToHear, report.Told, report.NotReached));
    }

    [Fact]
    public async Task Should_show_an_ideas_words_unless_they_were_for_the_facilitators_only()
    {
        await _contributions.AddAsync(Idea("private", "ali", mayContact: true) with { Consent = ConsentLevel.FacilitatorsOnly }, CancellationToken.None);

        var shown = await _delivery.DeliverAsync(About("idea-1"), CancellationToken.None);
        var hidden = await _delivery.DeliverAsync(About("private") with { UpdateId = "u2" }, CancellationToken.None);

        Assert.Equal("Words of idea-1", shown.SubjectText);
        Assert.Null(hidden.SubjectText);
        Assert.Equal(TeamsTurns.OpenRound().Question, _notifier.Sent.First().Notice.RoundQuestion);
    }

    [Fact]
    public async Task Should_finish_a_delivery_a_stopped_run_left_and_tell_the_facilitator_once()
    {
        var update = About("idea-1", "idea-3");
        await _receipts.AddAsync(update, CancellationToken.None);
        await _pending.AddAsync(new PendingDelivery("round-1", "u1", "where-the-press-came-from", _time.GetUtcNow()), CancellationToken.None);
        // The stopped run had claimed ali (unsent) and told nobody; its claim has since gone stale.
        await _receipts.TryClaimAsync(update, "ali", CancellationToken.None);
        _receipts.Stale[("u1", "ali")] = true;
        _time.Advance(DeliveryClaims.Lease);

        Assert.Equal(1, await _unfinished.RunDueAsync(_time.GetUtcNow(), CancellationToken.None));
        Assert.Equal(0, await _unfinished.RunDueAsync(_time.GetUtcNow(), CancellationToken.None));

        Assert.Equal(["29:ali", "29:cy"], _notifier.SentTo);
        var (reportTo, _, report) = Assert.Single(_reporter.Reports);
        Assert.Equal(("where-the-press-came-from", 2, 2), (reportTo, report.AskedToHear, report.Told));
        Assert.Empty(_pending.Rows);
    }

    [Fact]
    public async Task Should_leave_a_delivery_alone_while_another_run_may_still_be_sending_it()
    {
        var update = About("idea-1", "idea-3");
        await _receipts.AddAsync(update, CancellationToken.None);
        await _pending.AddAsync(new PendingDelivery("round-1", "u1", "here", _time.GetUtcNow()), CancellationToken.None);
        await _receipts.TryClaimAsync(update, "ali", CancellationToken.None);

        Assert.Equal(0, await _unfinished.RunDueAsync(_time.GetUtcNow(), CancellationToken.None));
        _time.Advance(DeliveryClaims.Lease);
        Assert.Equal(0, await _unfinished.RunDueAsync(_time.GetUtcNow(), CancellationToken.None));

        Assert.Equal(["29:cy"], _notifier.SentTo);
        Assert.Empty(_reporter.Reports);
        Assert.Single(_pending.Rows);
    }

    [Fact]
    public async Task Should_drop_a_pending_delivery_whose_update_is_gone_and_still_finish_the_others()
    {
        await _receipts.AddAsync(About("idea-3") with { UpdateId = "u2" }, CancellationToken.None);
        await _pending.AddAsync(new PendingDelivery("round-1", "erased", "here", _time.GetUtcNow()), CancellationToken.None);
        await _pending.AddAsync(new PendingDelivery("round-1", "u2", null, _time.GetUtcNow()), CancellationToken.None);
        _time.Advance(DeliveryClaims.Lease);

        Assert.Equal(1, await _unfinished.RunDueAsync(_time.GetUtcNow(), CancellationToken.None));

        Assert.Equal(["29:cy"], _notifier.SentTo);
        Assert.Empty(_reporter.Reports);
        Assert.Empty(_pending.Rows);
    }

    [Fact]
    public async Task Should_try_someone_teams_failed_for_again_later_and_tell_the_facilitator_once_they_are_reached()
    {
        var update = About("idea-1", "idea-3");
        await _receipts.AddAsync(update, CancellationToken.None);
        await _pending.AddAsync(new PendingDelivery("round-1", "u1", "here", _time.GetUtcNow()), CancellationToken.None);
        _notifier.Failing["29:ali"] = true;

        var first = await _unfinished.DeliverAsync(update, CancellationToken.None);
        var claimsAfterFirst = _receipts.ClaimCalls;
        _time.Advance(DeliveryClaims.Lease);
        var tooSoon = await _unfinished.RunDueAsync(_time.GetUtcNow(), CancellationToken.None);
        var claimsWhileWaiting = _receipts.ClaimCalls - claimsAfterFirst;
        _notifier.Failing.Clear();
        _time.Advance(DeliveryRetries.WaitAfter(1) - DeliveryClaims.Lease);
        var due = await _unfinished.RunDueAsync(_time.GetUtcNow(), CancellationToken.None);

        Assert.Equal((2, 1, 0, 1, false, false), (first.Report.AskedToHear, first.Report.Told, first.Report.NotReached, first.Report.TryingAgain, first.Report.Finished, first.FinishedHere));
        Assert.Equal(_time.GetUtcNow(), first.Report.NextTryAt);
        Assert.Equal((0, 0, 1), (tooSoon, claimsWhileWaiting, due));
        Assert.Equal(["29:ali", "29:cy"], _notifier.SentTo);
        var (reportTo, _, report) = Assert.Single(_reporter.Reports);
        Assert.Equal(("here", 2, 2, 0), (reportTo, report.AskedToHear, report.Told, report.TryingAgain));
        Assert.Empty(_pending.Rows);
    }

    [Fact]
    public async Task Should_count_someone_as_not_reached_after_teams_fails_for_them_on_every_try()
    {
        var update = About("idea-1", "idea-3");
        await _receipts.AddAsync(update, CancellationToken.None);
        await _pending.AddAsync(new PendingDelivery("round-1", "u1", "here", _time.GetUtcNow()), CancellationToken.None);
        _notifier.Failing["29:ali"] = true;
        await _unfinished.DeliverAsync(update, CancellationToken.None);

        var finished = new List<int>();
        for (var failures = 1; failures < DeliveryRetries.MaxFailures; failures++)
        {
            _time.Advance(DeliveryRetries.WaitAfter(failures));
            finished.Add(await _unfinished.RunDueAsync(_time.GetUtcNow(), CancellationToken.None));
        }

        Assert.Equal([.. Enumerable.Repeat(0, DeliveryRetries.MaxFailures - 2), 1], finished);
        Assert.Equal(["29:cy"], _notifier.SentTo);
        var (_, _, report) = Assert.Single(_reporter.Reports);
        Assert.Equal((2, 1, 1, 0), (report.AskedToHear, report.Told, report.NotReached, report.TryingAgain));
        Assert.Empty(_pending.Rows);
    }

    [Theory]
    [InlineData(NotifyOutcome.Sent, 0, ReceiptState.Told)]
    [InlineData(NotifyOutcome.Unreachable, 0, ReceiptState.NotReached)]
    [InlineData(NotifyOutcome.AddressUnusable, 0, ReceiptState.NotReached)]
    [InlineData(NotifyOutcome.Failed, 0, ReceiptState.TryAgain)]
    [InlineData(NotifyOutcome.Failed, DeliveryRetries.MaxFailures - 2, ReceiptState.TryAgain)]
    [InlineData(NotifyOutcome.Failed, DeliveryRetries.MaxFailures - 1, ReceiptState.NotReached)]
    public void Should_try_again_only_after_a_failure_and_only_until_the_last_try(NotifyOutcome outcome, int earlierFailures, ReceiptState expected)
    {
        var now = _time.GetUtcNow();

        var mark = UpdateDelivery.MarkFor(outcome, earlierFailures, now);

        Assert.Equal(expected, mark.State);
        Assert.Equal(expected == ReceiptState.TryAgain ? now + DeliveryRetries.WaitAfter(earlierFailures + 1) : null, mark.RetryAt);
    }

    private static string Address(string person) => new PersonalChatAddress("msteams", "https://smba.example/", "28:bot", $"29:{person}", "tenant-1", null).ToJson();
}
