using System.Collections.Concurrent;
using ElcBot.Core.Updates;

namespace ElcBot.Tests.Fakes;

/// <summary>Updates and their receipts in dictionaries, with the real stores' "once" rules; the Table Storage ones are tested against Azurite.</summary>
public sealed class FakeUpdateStore : IUpdateStore, IUpdateReceipts
{
    public ConcurrentDictionary<(string RoundId, string UpdateId), ProgressUpdate> Saved { get; } = new();

    /// <summary>Each person's receipt: null while claimed and unsettled.</summary>
    public ConcurrentDictionary<(string UpdateId, string Person), DeliveryMark?> Receipts { get; } = new();

    /// <summary>The clock that says when a person marked "try again" may be claimed again.</summary>
    public TimeProvider Time { get; set; } = TimeProvider.System;

    public Task<(ProgressUpdate Stored, bool AlreadyThere)> AddAsync(ProgressUpdate update, CancellationToken cancellationToken)
    {
        var stored = Saved.GetOrAdd((update.RoundId, update.UpdateId), update);
        return Task.FromResult((stored, !ReferenceEquals(stored, update)));
    }

    public Task<IReadOnlyList<ProgressUpdate>> ListForRoundAsync(string roundId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<ProgressUpdate>>(Saved.Values.Where(u => u.RoundId == roundId).OrderByDescending(u => u.CreatedAt).ToArray());

    public Task ReplaceAsync(ProgressUpdate update, CancellationToken cancellationToken)
    {
        Saved[(update.RoundId, update.UpdateId)] = update;
        return Task.CompletedTask;
    }

    public Task<int> ForgetAuthorAsync(string authorKey, CancellationToken cancellationToken)
    {
        var theirs = Saved.Values.Where(u => u.AuthorKey == authorKey).ToArray();
        foreach (var update in theirs)
        {
            Saved[(update.RoundId, update.UpdateId)] = update with { AuthorKey = null };
        }

        return Task.FromResult(theirs.Length);
    }

    /// <summary>People whose claims are treated as left by a stopped run, so the next claim takes them over.</summary>
    public ConcurrentDictionary<(string UpdateId, string Person), bool> Stale { get; } = new();

    /// <summary>How many claims were asked for: a pass with nothing due should ask for none.</summary>
    public int ClaimCalls => _claimCalls;

    private int _claimCalls;

    public Task<DeliveryClaim> TryClaimAsync(ProgressUpdate update, string contributorKey, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _claimCalls);
        var key = (update.UpdateId, contributorKey);
        if (Receipts.TryAdd(key, null) || (Receipts[key] is null && Stale.TryRemove(key, out _)))
        {
            return Task.FromResult(new DeliveryClaim(ClaimOutcome.Claimed));
        }

        return Task.FromResult(Receipts[key] switch
        {
            null => new DeliveryClaim(ClaimOutcome.HeldElsewhere),
            { State: ReceiptState.TryAgain, RetryAt: var at } mark when at <= Time.GetUtcNow() && Receipts.TryUpdate(key, null, mark) =>
                new DeliveryClaim(ClaimOutcome.Claimed, mark.Failures),
            { State: ReceiptState.TryAgain, RetryAt: var at } => new DeliveryClaim(ClaimOutcome.WaitingToRetry, RetryAt: at),
            _ => new DeliveryClaim(ClaimOutcome.Settled),
        });
    }

    public Task MarkAsync(ProgressUpdate update, string contributorKey, DeliveryMark mark, CancellationToken cancellationToken)
    {
        Receipts[(update.UpdateId, contributorKey)] = mark;
        return Task.CompletedTask;
    }

    public Task<int> CountToldAsync(ProgressUpdate update, CancellationToken cancellationToken) =>
        Task.FromResult(Receipts.Count(r => r.Key.UpdateId == update.UpdateId && r.Value?.State == ReceiptState.Told));

    public Task<int> ForgetAsync(string contributorKey, CancellationToken cancellationToken)
    {
        var theirs = Receipts.Keys.Where(k => k.Person == contributorKey).ToArray();
        foreach (var key in theirs)
        {
            Receipts.TryRemove(key, out _);
        }

        return Task.FromResult(theirs.Length);
    }
}
