using ElcBot.Core.Privacy;
using ElcBot.Core.Rounds;
using Microsoft.Extensions.Logging;

namespace ElcBot.Core.Panels;

/// <summary>"Forget me" for review panels: off every panel in the person's tenant, their approvals dropped, their name out of the logs.</summary>
/// <remarks>
/// Lines of the change log they made, or that were about them, stay (the panel's record of what changed must hold
/// together) with "Someone who asked to be forgotten" in place of their id and name. Panels know people by the Teams
/// id a mention carried, so members are matched through the keys of the ids the person asked from.
/// Dropping an approval can leave most of the rest of the panel approving. The draft is not posted from here: it waits
/// for the next approval or a facilitator, so a summary never appears because someone left.
/// </remarks>
public sealed partial class PanelErasure(
    IRoundStore rounds, IPanelStore panels, DraftRewriter drafts, ContributorKeys keys, TimeProvider time, ILogger<PanelErasure> logger) : IPersonErasure
{
    public async Task<int> EraseAsync(PersonToForget person, CancellationToken cancellationToken)
    {
        if (person.TenantId is null)
        {
            // Panels are only made in Teams, which always says which tenant a turn is from.
            LogNoTenant(logger);
            return 0;
        }

        var isThem = Matcher(person);
        var (panelsLeft, approvals, lines) = (0, 0, 0);
        foreach (var round in await rounds.ListForTenantAsync(person.TenantId, cancellationToken).ConfigureAwait(false))
        {
            var theirs = (await panels.ListMembersAsync(round.Id, cancellationToken).ConfigureAwait(false)).Where(m => isThem(m.UserId)).ToArray();
            var names = await NamesAsync(round.Id, theirs, isThem, cancellationToken).ConfigureAwait(false);

            // Off the panel first, so they can change nothing more; each step finds them again if asked a second time.
            foreach (var member in theirs)
            {
                var change = new PanelChange(round.Id, time.GetUtcNow(), PanelActor.Bot, new ChangeNote(PanelChangeKind.MemberRemoved, PanelActor.ForgottenName, SubjectId: PanelActor.ForgottenName));
                panelsLeft += await panels.RemoveMemberAsync(round.Id, member.UserId, change, cancellationToken).ConfigureAwait(false) ? 1 : 0;
            }

            approvals += await DropApprovalsAsync(round.Id, isThem, cancellationToken).ConfigureAwait(false);
            lines += await panels.RewriteChangesAsync(round.Id, c => PanelLogForgetting.Rewrite(c, isThem, names), cancellationToken).ConfigureAwait(false);
        }

        LogErased(logger, panelsLeft, approvals, lines);
        return panelsLeft + approvals + lines;
    }

    /// <summary>The names they had on the panel, and on lines they made, for log lines written before lines kept ids.</summary>
    private async Task<IReadOnlySet<string>> NamesAsync(string roundId, IEnumerable<PanelMember> theirs, Func<string, bool> isThem, CancellationToken cancellationToken)
    {
        var log = await panels.ListChangesAsync(roundId, int.MaxValue, cancellationToken).ConfigureAwait(false);
        return theirs.Select(m => m.Name)
            .Concat(log.Where(c => isThem(c.Actor.Id)).Select(c => c.Actor.Name))
            .ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Takes their approval off the round's draft, on top of anyone else's change saved meanwhile.</summary>
    /// <returns>How many approvals were dropped.</returns>
    private async Task<int> DropApprovalsAsync(string roundId, Func<string, bool> isThem, CancellationToken cancellationToken)
    {
        var dropped = 0;
        await drafts.ChangeAsync(roundId, draft =>
        {
            var theirs = draft.ApprovedBy.Where(isThem).ToArray();
            dropped = theirs.Length;
            return theirs.Length == 0 ? null : draft with { ApprovedBy = draft.ApprovedBy.Except(theirs, StringComparer.Ordinal).ToArray() };
        }, cancellationToken).ConfigureAwait(false);
        return dropped;
    }

    /// <summary>True for an id whose key is one of the person's; each id is hashed once.</summary>
    private Func<string, bool> Matcher(PersonToForget person)
    {
        var seen = new Dictionary<string, bool>(StringComparer.Ordinal);
        return id =>
        {
            if (string.IsNullOrEmpty(id))
            {
                return false;
            }

            if (!seen.TryGetValue(id, out var match))
            {
                seen[id] = match = person.AccountKeys.Contains(keys.For(id));
            }

            return match;
        };
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Forget me: off {Panels} review panels, {Approvals} approvals dropped, {Lines} change-log lines made anonymous")]
    private static partial void LogErased(ILogger logger, int panels, int approvals, int lines);


    [LoggerMessage(Level = LogLevel.Warning, Message = "Forget me: the turn named no tenant, so no review panel was searched")]
    private static partial void LogNoTenant(ILogger logger);
}
