namespace ElcBot.Core.Privacy;

/// <summary>Erases one kind of data kept about a person, as part of "forget me"; each feature that keeps some adds one.</summary>
/// <remarks>Run before the person's stories, ideas and supports are deleted, so an eraser can still find them.</remarks>
public interface IPersonErasure
{
    /// <returns>How many rows went (for the log).</returns>
    Task<int> EraseAsync(string contributorKey, CancellationToken cancellationToken);
}
