using System.Collections.Concurrent;
using ElcBot.Core.Panels;

namespace ElcBot.Tests.Fakes;

/// <summary>Panel members and the change log in memory; the Table Storage one is covered against Azurite.</summary>
public sealed class FakePanelStore : IPanelStore
{
    public ConcurrentDictionary<(string RoundId, string UserId), PanelMember> Members { get; } = new();

    public ConcurrentQueue<PanelChange> Changes { get; private set; } = new();

    public Task<IReadOnlyList<PanelMember>> ListMembersAsync(string roundId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<PanelMember>>(Members.Values.Where(m => m.RoundId == roundId).OrderBy(m => m.AddedAt).ToArray());

    public Task SaveMemberAsync(PanelMember member, PanelChange change, CancellationToken cancellationToken)
    {
        Members[(member.RoundId, member.UserId)] = member;
        Changes.Enqueue(change);
        return Task.CompletedTask;
    }

    public Task<bool> RemoveMemberAsync(string roundId, string userId, PanelChange change, CancellationToken cancellationToken)
    {
        var removed = Members.TryRemove((roundId, userId), out _);
        if (removed)
        {
            Changes.Enqueue(change);
        }

        return Task.FromResult(removed);
    }

    public Task<IReadOnlyList<PanelChange>> ListChangesAsync(string roundId, int max, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<PanelChange>>(Changes.Where(c => c.RoundId == roundId).Reverse().Take(max).ToArray());

    public Task<int> RewriteChangesAsync(string roundId, Func<PanelChange, PanelChange?> rewrite, CancellationToken cancellationToken)
    {
        var lines = Changes.ToArray();
        var rewritten = lines.Select(c => c.RoundId == roundId ? rewrite(c) ?? c : c).ToArray();
        Changes = new ConcurrentQueue<PanelChange>(rewritten);
        return Task.FromResult(lines.Zip(rewritten).Count(pair => pair.First != pair.Second));
    }

    /// <summary>Puts someone on the panel directly, as a test's starting point.</summary>
    public PanelMember Add(string roundId, string userId, ElcBot.Core.Contributions.ContributorRole role, string? name = null)
    {
        var member = new PanelMember(roundId, userId, name ?? userId, role, new PanelAddress("msteams", "https://smba.example/", "28:bot", "tenant-1"), DateTimeOffset.UnixEpoch.AddMinutes(Members.Count));
        Members[(roundId, userId)] = member;
        return member;
    }
}
