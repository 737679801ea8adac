using ElcBot.Core.Contributions;

namespace ElcBot.Core.Privacy;

/// <summary>
/// Takes stories and ideas that are being erased out of what else keeps their words or ids (summaries, review drafts,
/// updates), for "forget me" and for removing one story or idea alike.
/// </summary>
/// <remarks>
/// Run before the stories and ideas themselves are deleted. An eraser that cannot finish throws (the person is asked
/// to try again); each must be safe to run again, so a second go completes it.
/// </remarks>
public interface IContributionErasure
{
    /// <param name="erased">The stories and ideas going, all from one person.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>How many rows went or changed (for the log).</returns>
    Task<int> EraseAsync(IReadOnlyList<Contribution> erased, CancellationToken cancellationToken);
}
