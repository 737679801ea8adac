namespace ElcBot.Core.Updates;

/// <summary>Keeps every update a facilitator gives, per round, newest first.</summary>
public interface IUpdateStore
{
    /// <summary>Saves the update unless one with the same round and id exists.</summary>
    /// <returns>The stored update and whether it was already there (a repeated press).</returns>
    Task<(ProgressUpdate Stored, bool AlreadyThere)> AddAsync(ProgressUpdate update, CancellationToken cancellationToken);

    /// <summary>The round's updates, newest first.</summary>
    Task<IReadOnlyList<ProgressUpdate>> ListForRoundAsync(string roundId, CancellationToken cancellationToken);

    /// <summary>Rewrites an update in place (when something it covered is erased).</summary>
    Task ReplaceAsync(ProgressUpdate update, CancellationToken cancellationToken);

    /// <summary>Removes the facilitator's key from every update they gave (the updates stay, as others rely on them).</summary>
    /// <returns>How many updates changed.</returns>
    Task<int> ForgetAuthorAsync(string authorKey, CancellationToken cancellationToken);
}

/// <summary>Who was told about each update, so each person is told once however often delivery runs.</summary>
public interface IUpdateReceipts
{
    /// <summary>Claims telling this person about this update.</summary>
    /// <remarks>
    /// A claim left unsettled for longer than <see cref="DeliveryClaims.Lease"/> may be claimed again.
    /// A person marked <see cref="ReceiptState.TryAgain"/> may be claimed again once their retry time has passed.
    /// </remarks>
    Task<DeliveryClaim> TryClaimAsync(ProgressUpdate update, string contributorKey, CancellationToken cancellationToken);

    /// <summary>Records whether the message reached the person, or when to try again.</summary>
    Task MarkAsync(ProgressUpdate update, string contributorKey, DeliveryMark mark, CancellationToken cancellationToken);

    /// <summary>How many people the update reached.</summary>
    Task<int> CountToldAsync(ProgressUpdate update, CancellationToken cancellationToken);

    /// <summary>Deletes every receipt of one person (for "forget me"); returns how many went.</summary>
    Task<int> ForgetAsync(string contributorKey, CancellationToken cancellationToken);
}
