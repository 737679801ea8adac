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
}
