namespace ElcBot.Core.Panels;

/// <summary>Keeps each round's one shared draft, with optimistic concurrency so no one's change is written over.</summary>
public interface IPanelDraftStore
{
    /// <summary>The round's latest draft, in review or already posted; null when it never had one.</summary>
    Task<VersionedDraft?> FindAsync(string roundId, CancellationToken cancellationToken);

    /// <summary>
    /// Writes the draft only if nobody wrote it since <paramref name="version"/> was read (null: only if the round has
    /// no draft yet), together with its line in the change log, all or nothing.
    /// </summary>
    /// <returns>The new version; null, writing nothing, when someone else wrote first.</returns>
    Task<string?> TrySaveAsync(PanelDraft draft, string? version, PanelChange? change, CancellationToken cancellationToken);

    /// <summary>
    /// Drafts in review with work due at or before <paramref name="nowUtc"/>: a reminder (<see cref="PanelDraft.RemindAt"/>),
    /// or a first send that did not finish (<see cref="PanelDraft.DeliverBy"/>).
    /// </summary>
    Task<IReadOnlyList<VersionedDraft>> ListDueAsync(DateTimeOffset nowUtc, CancellationToken cancellationToken);
}
