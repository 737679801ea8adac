namespace ElcBot.Core.Privacy;

/// <summary>Erases one kind of data kept about a person, as part of "forget me"; each feature that keeps some adds one.</summary>
/// <remarks>
/// Run before the person's stories, ideas and supports are deleted, so an eraser can still find them. An eraser that
/// cannot finish throws (the person is asked to try again); each must be safe to run again, so a second go completes it.
/// </remarks>
public interface IPersonErasure
{
    /// <returns>How many rows went or changed (for the log).</returns>
    Task<int> EraseAsync(PersonToForget person, CancellationToken cancellationToken);
}
