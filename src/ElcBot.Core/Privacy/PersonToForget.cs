namespace ElcBot.Core.Privacy;

/// <summary>Someone who asked to be forgotten, as each kind of stored data knows them.</summary>
/// <param name="ContributorKey">Their pseudonymous key, on what they shared.</param>
/// <param name="AccountKeys">
/// The keys (<see cref="ContributorKeys.For"/>) of every id Teams gave for them when they asked, their Teams user id and
/// their Entra object id. Data kept under a Teams id (a review panel) is matched through these, so no raw id is passed on.
/// </param>
/// <param name="TenantId">The organisation they asked from; null outside Teams.</param>
public sealed record PersonToForget(string ContributorKey, IReadOnlySet<string> AccountKeys, string? TenantId)
{
    /// <summary>Someone known only by their contributor key.</summary>
    public static PersonToForget ByKey(string contributorKey) => new(contributorKey, new HashSet<string>(StringComparer.Ordinal) { contributorKey }, null);
}
