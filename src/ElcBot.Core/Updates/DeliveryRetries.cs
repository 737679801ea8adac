namespace ElcBot.Core.Updates;

/// <summary>When a person Teams failed for (busy or down, after its own quick retries) is tried again.</summary>
/// <remarks>
/// Each message already gets a few quick tries within seconds. An outage can last longer than that, so a person is
/// tried again after 10 minutes and then after an hour; only then are they counted as not reached. A person who
/// removed ElcBot is never tried again: that refusal is final.
/// </remarks>
public static class DeliveryRetries
{
    /// <summary>Runs that may fail for one person before they are counted as not reached.</summary>
    public const int MaxFailures = 3;

    /// <summary>How long to wait after the given number of failures before the next try.</summary>
    public static TimeSpan WaitAfter(int failures) => failures <= 1 ? TimeSpan.FromMinutes(10) : TimeSpan.FromHours(1);
}

/// <summary>What a run learned about one person.</summary>
/// <param name="State">Told, not reached for good, or to be tried again.</param>
/// <param name="Failures">Runs that failed for them so far (kept for the next try).</param>
/// <param name="RetryAt">With <see cref="ReceiptState.TryAgain"/>: the earliest time a later run may try again.</param>
public sealed record DeliveryMark(ReceiptState State, int Failures = 0, DateTimeOffset? RetryAt = null)
{
    public static readonly DeliveryMark Told = new(ReceiptState.Told);

    public static readonly DeliveryMark NotReached = new(ReceiptState.NotReached);
}

/// <summary>Where telling one person stands.</summary>
public enum ReceiptState
{
    Told,

    /// <summary>Final: no address, ElcBot removed, or Teams failed on every try.</summary>
    NotReached,

    /// <summary>Teams failed; a later run tries again.</summary>
    TryAgain,
}
