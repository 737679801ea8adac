namespace ElcBot.Core.Updates;

/// <summary>Updates whose messages are not all sent yet, kept so a restart finishes them instead of dropping them.</summary>
public interface IPendingDeliveries
{
    /// <summary>Notes the delivery before any message goes (again, harmlessly, on a repeated press).</summary>
    Task AddAsync(PendingDelivery delivery, CancellationToken cancellationToken);

    /// <summary>Every delivery not yet finished.</summary>
    Task<IReadOnlyList<PendingDelivery>> ListAsync(CancellationToken cancellationToken);

    /// <returns>True for the one caller that removed it: only that caller tells the facilitator how it went.</returns>
    Task<bool> RemoveAsync(string roundId, string updateId, CancellationToken cancellationToken);
}

/// <summary>An update still being delivered.</summary>
/// <param name="RoundId">The update's round.</param>
/// <param name="UpdateId">The update.</param>
/// <param name="ReportTo">Where the facilitator pressed "send" (a conversation reference, kept as the channel gave it), told how it went when it finishes late.</param>
/// <param name="Since">When sending began.</param>
public sealed record PendingDelivery(string RoundId, string UpdateId, string? ReportTo, DateTimeOffset Since);

/// <summary>Tells a facilitator, in the conversation they sent an update from, how many people it reached.</summary>
public interface IDeliveryReporter
{
    /// <remarks>Never throws for a conversation that is gone (it logs instead); only cancellation escapes.</remarks>
    /// <param name="reportTo">The <see cref="PendingDelivery.ReportTo"/> kept when sending began.</param>
    Task ReportAsync(string reportTo, ProgressUpdate update, DeliveryReport report, CancellationToken cancellationToken);
}
