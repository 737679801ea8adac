namespace ElcBot.Core.Summaries.Scheduling;

/// <summary>
/// Makes sure each scheduled summary is posted once, however many instances of the service share the storage.
/// </summary>
public interface ISummaryRunLedger
{
    /// <summary>Claims the post due at <paramref name="occurrenceUtc"/> for a while; false when another instance has it or it is done.</summary>
    Task<bool> TryClaimAsync(string roundId, DateTimeOffset occurrenceUtc, TimeSpan lease, CancellationToken cancellationToken);

    /// <summary>Records that the claimed post went out, so nobody takes it over when the lease ends.</summary>
    Task MarkDoneAsync(string roundId, DateTimeOffset occurrenceUtc, CancellationToken cancellationToken);
}
