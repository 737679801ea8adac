namespace ElcBot.Core.Panels;

/// <summary>Keeps each round's review panel and its change log.</summary>
public interface IPanelStore
{
    Task<IReadOnlyList<PanelMember>> ListMembersAsync(string roundId, CancellationToken cancellationToken);

    /// <summary>Adds the member, or keeps their new role; the change is logged in the same write.</summary>
    Task SaveMemberAsync(PanelMember member, PanelChange change, CancellationToken cancellationToken);

    /// <returns>False, logging nothing, when they were not on the panel.</returns>
    Task<bool> RemoveMemberAsync(string roundId, string userId, PanelChange change, CancellationToken cancellationToken);

    /// <summary>The round's change log, newest first.</summary>
    Task<IReadOnlyList<PanelChange>> ListChangesAsync(string roundId, int max, CancellationToken cancellationToken);

    /// <summary>
    /// For "forget me": passes every line of the round's log to <paramref name="rewrite"/> and saves in place each one it
    /// returns changed. Only who did it and whom it was about may change; when and what stay.
    /// </summary>
    /// <returns>How many lines changed.</returns>
    Task<int> RewriteChangesAsync(string roundId, Func<PanelChange, PanelChange?> rewrite, CancellationToken cancellationToken);
}
