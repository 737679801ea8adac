namespace ElcBot.Core.Updates;

/// <summary>What happened when a delivery run tried to claim telling one person.</summary>
public enum ClaimOutcome
{
    /// <summary>This run tells the person.</summary>
    Claimed,

    /// <summary>Another run told them already, or found they could not be reached.</summary>
    Settled,

    /// <summary>Another run claimed them moments ago and may be sending now; it is theirs until the claim goes stale.</summary>
    HeldElsewhere,

    /// <summary>Teams failed for them last time; they are tried again once their wait is over (<see cref="DeliveryRetries"/>).</summary>
    WaitingToRetry,
}

/// <summary>A claim, and how many earlier runs failed to reach the person (so the last failure is known as the last).</summary>
/// <param name="Outcome">Whether this run tells them.</param>
/// <param name="EarlierFailures">With <see cref="ClaimOutcome.Claimed"/>: runs that failed for them before.</param>
/// <param name="RetryAt">With <see cref="ClaimOutcome.WaitingToRetry"/>: when they may be tried again.</param>
public readonly record struct DeliveryClaim(ClaimOutcome Outcome, int EarlierFailures = 0, DateTimeOffset? RetryAt = null);

/// <summary>How long a claim stays another run's before a later run may take it over.</summary>
public static class DeliveryClaims
{
    /// <remarks>
    /// Long enough for any one message to be sent; a claim older than this was left by a run that stopped (a crash,
    /// a restart), so the person is told by the next run instead of never.
    /// </remarks>
    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);
}
