using ElcBot.Core.Contributions;

namespace ElcBot.Core.Panels;

/// <summary>Adds people to a round's review panel and takes them off it, logging each change.</summary>
public sealed class PanelMembership(IPanelStore panels, TimeProvider time)
{
    public async Task<MembershipResult> AddAsync(PanelMember member, PanelActor actor, CancellationToken cancellationToken)
    {
        var members = await panels.ListMembersAsync(member.RoundId, cancellationToken).ConfigureAwait(false);
        var existing = members.FirstOrDefault(m => m.UserId == member.UserId);
        if (existing is null && members.Count >= PanelBalance.MaxMembers)
        {
            return new MembershipResult(MembershipOutcome.PanelFull, members);
        }

        var now = time.GetUtcNow();
        // Someone already on the panel keeps the day they joined; only their role changes.
        var saved = member with { AddedAt = existing?.AddedAt ?? now };
        await panels.SaveMemberAsync(saved, new PanelChange(member.RoundId, now, actor, new ChangeNote(PanelChangeKind.MemberAdded, member.Name, member.Role.ToString(), SubjectId: member.UserId)), cancellationToken).ConfigureAwait(false);
        return new MembershipResult(
            existing is null ? MembershipOutcome.Added : MembershipOutcome.RoleChanged,
            [.. members.Where(m => m.UserId != member.UserId), saved]);
    }

    public async Task<MembershipResult> RemoveAsync(string roundId, string userId, string name, PanelActor actor, CancellationToken cancellationToken)
    {
        var change = new PanelChange(roundId, time.GetUtcNow(), actor, new ChangeNote(PanelChangeKind.MemberRemoved, name, SubjectId: userId));
        var removed = await panels.RemoveMemberAsync(roundId, userId, change, cancellationToken).ConfigureAwait(false);
        var members = await panels.ListMembersAsync(roundId, cancellationToken).ConfigureAwait(false);
        return new MembershipResult(removed ? MembershipOutcome.Removed : MembershipOutcome.NotOnPanel, members);
    }

    /// <summary>Reads a role from a card's choice; false for anything that is not one of the roles.</summary>
    public static bool TryRole(string? value, out ContributorRole role) =>
        Enum.TryParse(value, ignoreCase: false, out role) && Enum.IsDefined(role) && !int.TryParse(value, out _);
}

/// <summary>What happened, and the panel as it now stands.</summary>
public sealed record MembershipResult(MembershipOutcome Outcome, IReadOnlyList<PanelMember> Members);

/// <summary>What happened to a panel change.</summary>
public enum MembershipOutcome
{
    Added,
    RoleChanged,
    Removed,
    NotOnPanel,
    PanelFull,
}
