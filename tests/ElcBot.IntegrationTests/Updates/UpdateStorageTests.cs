using ElcBot.Core.Updates;
using ElcBot.IntegrationTests.Peers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace ElcBot.IntegrationTests.Updates;

/// <summary>Facilitators' updates and their receipts against a real Azurite.</summary>
public sealed class UpdateStorageTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Start = new(2026, 4, 1, 9, 0, 0, TimeSpan.Zero);
    private StorageServices _storage = null!;

    public async Task InitializeAsync() => _storage = await StorageServices.StartAsync();

    public async Task DisposeAsync() => await _storage.DisposeAsync();

    [Fact]
    public async Task Should_keep_an_update_once_and_list_a_rounds_updates_newest_first()
    {
        var store = _storage.Get<IUpdateStore>();
        var first = Update("u1", Start);

        Assert.False((await store.AddAsync(first, CancellationToken.None)).AlreadyThere);
        var again = await store.AddAsync(first with { CreatedAt = Start.AddMinutes(1), Text = "Pressed twice" }, CancellationToken.None);
        await store.AddAsync(Update("u2", Start.AddDays(1)), CancellationToken.None);
        await store.AddAsync(Update("other-round", Start.AddDays(2)) with { RoundId = "round-2" }, CancellationToken.None);

        Assert.True(again.AlreadyThere);
        Assert.Equal("We start in May.", again.Stored.Text);
        var listed = await store.ListForRoundAsync("round/1", CancellationToken.None);
        Assert.Equal(["u2", "u1"], listed.Select(u => u.UpdateId));
        Assert.Equal(first, listed[1] with { ContributionIds = first.ContributionIds });
        Assert.Equal(first.ContributionIds, listed[1].ContributionIds);
    }

    [Fact]
    public async Task Should_keep_every_member_of_a_very_large_theme()
    {
        var store = _storage.Get<IUpdateStore>();
        var members = Enumerable.Range(0, 6_000).Select(i => $"{i:D8}{Guid.NewGuid():N}").ToArray();

        await store.AddAsync(Update("big", Start) with { ContributionIds = members }, CancellationToken.None);

        Assert.Equal(members, Assert.Single(await store.ListForRoundAsync("round/1", CancellationToken.None)).ContributionIds);
    }

    [Fact]
    public async Task Should_let_each_person_be_claimed_once_and_count_only_those_told()
    {
        var receipts = _storage.Get<IUpdateReceipts>();
        var update = Update("u1", Start);

        Assert.Equal(ClaimOutcome.Claimed, (await receipts.TryClaimAsync(update, "ali", CancellationToken.None)).Outcome);
        Assert.Equal(ClaimOutcome.HeldElsewhere, (await receipts.TryClaimAsync(update, "ali", CancellationToken.None)).Outcome);
        Assert.Equal(ClaimOutcome.Claimed, (await receipts.TryClaimAsync(update, "bo", CancellationToken.None)).Outcome);
        Assert.Equal(ClaimOutcome.Claimed, (await receipts.TryClaimAsync(update with { UpdateId = "u2" }, "ali", CancellationToken.None)).Outcome);
        await receipts.MarkAsync(update, "ali", DeliveryMark.Told, CancellationToken.None);
        await receipts.MarkAsync(update, "bo", DeliveryMark.NotReached, CancellationToken.None);

        Assert.Equal(1, await receipts.CountToldAsync(update, CancellationToken.None));
        Assert.Equal(ClaimOutcome.Settled, (await receipts.TryClaimAsync(update, "bo", CancellationToken.None)).Outcome);
    }

    [Fact]
    public async Task Should_claim_each_person_once_when_two_deliveries_race()
    {
        var receipts = _storage.Get<IUpdateReceipts>();
        var update = Update("u1", Start);

        var claims = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => receipts.TryClaimAsync(update, "ali", CancellationToken.None)));

        Assert.Single(claims, c => c.Outcome == ClaimOutcome.Claimed);
        Assert.All(claims.Where(c => c.Outcome != ClaimOutcome.Claimed), c => Assert.Equal(ClaimOutcome.HeldElsewhere, c.Outcome));
    }

    [Fact]
    public async Task Should_let_one_later_run_take_over_a_claim_left_by_a_run_that_stopped()
    {
        var prefix = SharedAzurite.UniquePrefix();
        await using var first = await StorageServices.StartAsync(tablePrefix: prefix);
        var later = new FakeTimeProvider(DateTimeOffset.UtcNow + DeliveryClaims.Lease + TimeSpan.FromMinutes(1));
        await using var afterRestart = await StorageServices.StartAsync((services, _) => services.AddSingleton<TimeProvider>(later), prefix);
        var update = Update("u1", Start);
        var stopped = first.Get<IUpdateReceipts>();
        Assert.Equal(ClaimOutcome.Claimed, (await stopped.TryClaimAsync(update, "ali", CancellationToken.None)).Outcome);
        Assert.Equal(ClaimOutcome.Claimed, (await stopped.TryClaimAsync(update, "bo", CancellationToken.None)).Outcome);
        await stopped.MarkAsync(update, "bo", DeliveryMark.Told, CancellationToken.None);

        var receipts = afterRestart.Get<IUpdateReceipts>();
        var takeovers = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => receipts.TryClaimAsync(update, "ali", CancellationToken.None)));

        Assert.Single(takeovers, c => c.Outcome == ClaimOutcome.Claimed);
        Assert.Equal(ClaimOutcome.Settled, (await receipts.TryClaimAsync(update, "bo", CancellationToken.None)).Outcome);
        Assert.Equal(ClaimOutcome.HeldElsewhere, (await stopped.TryClaimAsync(update, "ali", CancellationToken.None)).Outcome);
    }

    [Fact]
    public async Task Should_keep_a_person_teams_failed_for_until_their_retry_time_then_let_one_run_claim_them_with_the_failures_so_far()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 4, 1, 9, 0, 0, TimeSpan.Zero));
        await using var storage = await StorageServices.StartAsync((services, _) => services.AddSingleton<TimeProvider>(clock), SharedAzurite.UniquePrefix());
        var receipts = storage.Get<IUpdateReceipts>();
        var update = Update("u1", Start);
        await receipts.TryClaimAsync(update, "ali", CancellationToken.None);
        await receipts.MarkAsync(update, "ali", new DeliveryMark(ReceiptState.TryAgain, 1, clock.GetUtcNow().AddMinutes(10)), CancellationToken.None);

        var early = await receipts.TryClaimAsync(update, "ali", CancellationToken.None);
        clock.Advance(TimeSpan.FromMinutes(10));
        var due = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => receipts.TryClaimAsync(update, "ali", CancellationToken.None)));

        Assert.Equal(new DeliveryClaim(ClaimOutcome.WaitingToRetry, RetryAt: new DateTimeOffset(2026, 4, 1, 9, 10, 0, TimeSpan.Zero)), early);
        Assert.Equal(new DeliveryClaim(ClaimOutcome.Claimed, 1), Assert.Single(due, c => c.Outcome == ClaimOutcome.Claimed));
        Assert.All(due.Where(c => c.Outcome != ClaimOutcome.Claimed), c => Assert.Equal(ClaimOutcome.HeldElsewhere, c.Outcome));
        Assert.Equal(0, await receipts.CountToldAsync(update, CancellationToken.None));
    }

    [Fact]
    public async Task Should_list_pending_deliveries_and_let_only_one_caller_remove_each()
    {
        var pending = _storage.Get<IPendingDeliveries>();
        var since = new DateTimeOffset(2026, 4, 1, 9, 30, 0, TimeSpan.Zero);
        await pending.AddAsync(new PendingDelivery("round/1", "u1", """{"conversation":{"id":"19:abc@thread.tacv2"}}""", since), CancellationToken.None);
        await pending.AddAsync(new PendingDelivery("round/1", "u2", null, since), CancellationToken.None);
        await pending.AddAsync(new PendingDelivery("round/1", "u1", """{"conversation":{"id":"19:abc@thread.tacv2"}}""", since.AddMinutes(1)), CancellationToken.None);

        var listed = (await pending.ListAsync(CancellationToken.None)).OrderBy(p => p.UpdateId).ToArray();
        var removals = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => pending.RemoveAsync("round/1", "u1", CancellationToken.None)));

        Assert.Equal([new PendingDelivery("round/1", "u1", """{"conversation":{"id":"19:abc@thread.tacv2"}}""", since.AddMinutes(1)), new PendingDelivery("round/1", "u2", null, since)], listed);
        Assert.Single(removals, r => r);
        Assert.Equal("u2", Assert.Single(await pending.ListAsync(CancellationToken.None)).UpdateId);
    }

    [Fact]
    public async Task Should_forget_a_persons_receipts_and_a_facilitators_key_but_keep_the_updates()
    {
        var store = _storage.Get<IUpdateStore>();
        var receipts = _storage.Get<IUpdateReceipts>();
        var update = Update("u1", Start);
        await store.AddAsync(update, CancellationToken.None);
        await receipts.TryClaimAsync(update, "ali", CancellationToken.None);
        await receipts.MarkAsync(update, "ali", DeliveryMark.Told, CancellationToken.None);
        await receipts.TryClaimAsync(update, "bo", CancellationToken.None);
        await receipts.MarkAsync(update, "bo", DeliveryMark.Told, CancellationToken.None);

        Assert.Equal(1, await receipts.ForgetAsync("ali", CancellationToken.None));
        Assert.Equal(1, await store.ForgetAuthorAsync("facilitator-key", CancellationToken.None));

        Assert.Equal(1, await receipts.CountToldAsync(update, CancellationToken.None));
        Assert.Equal(ClaimOutcome.Claimed, (await receipts.TryClaimAsync(update, "ali", CancellationToken.None)).Outcome);
        var kept = Assert.Single(await store.ListForRoundAsync("round/1", CancellationToken.None));
        Assert.Null(kept.AuthorKey);
        Assert.Equal(0, await store.ForgetAuthorAsync("facilitator-key", CancellationToken.None));
    }

    private static ProgressUpdate Update(string id, DateTimeOffset at) => new("round/1", id, UpdateSubject.Theme, "t1", "summary-1", "Waiting rooms", ["idea-1", "story#2"],
        UpdateStatus.Testing, "We start in May.", "facilitator-key", at, "form-" + id);
}
