using ElcBot.Core.Panels;

namespace ElcBot.Tests.Fakes;

/// <summary>
/// Drafts in memory with a version number per round, so tests can make a save lose a race exactly as an ETag
/// mismatch would; the Table Storage one is covered against Azurite.
/// </summary>
public sealed class FakePanelDraftStore(FakePanelStore log) : IPanelDraftStore
{
    private readonly Dictionary<string, (PanelDraft Draft, int Version)> _drafts = [];
    private readonly Lock _gate = new();

    /// <summary>Runs once, just before the next save is checked: another person's change landing first.</summary>
    public Action? BeforeNextSave { get; set; }

    public int Saves { get; private set; }

    public Task<VersionedDraft?> FindAsync(string roundId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_drafts.TryGetValue(roundId, out var found) ? new VersionedDraft(found.Draft, found.Version.ToString()) : null);
        }
    }

    public Task<IReadOnlyList<VersionedDraft>> ListDueAsync(DateTimeOffset nowUtc, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult<IReadOnlyList<VersionedDraft>>(_drafts.Values
                .Where(d => d.Draft.State == DraftState.InReview && (d.Draft.RemindAt <= nowUtc || d.Draft.DeliverBy <= nowUtc))
                .Select(d => new VersionedDraft(d.Draft, d.Version.ToString())).ToArray());
        }
    }

    public Task<string?> TrySaveAsync(PanelDraft draft, string? version, PanelChange? change, CancellationToken cancellationToken)
    {
        var before = BeforeNextSave;
        BeforeNextSave = null;
        before?.Invoke();
        lock (_gate)
        {
            var exists = _drafts.TryGetValue(draft.RoundId, out var current);
            if (version is null ? exists : !exists || current.Version.ToString() != version)
            {
                return Task.FromResult<string?>(null);
            }

            var next = (exists ? current.Version : 0) + 1;
            _drafts[draft.RoundId] = (draft, next);
            Saves++;
            if (change is not null)
            {
                log.Changes.Enqueue(change);
            }

            return Task.FromResult<string?>(next.ToString());
        }
    }

    /// <summary>Writes a draft directly, as someone else's save would.</summary>
    public void Put(PanelDraft draft)
    {
        lock (_gate)
        {
            var next = (_drafts.TryGetValue(draft.RoundId, out var current) ? current.Version : 0) + 1;
            _drafts[draft.RoundId] = (draft, next);
        }
    }
}
