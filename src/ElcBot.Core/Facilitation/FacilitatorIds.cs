namespace ElcBot.Core.Facilitation;

/// <summary>The people configured as facilitators in every team, matched by Entra object id or Teams user id.</summary>
public sealed class FacilitatorIds(IEnumerable<string> ids)
{
    private readonly HashSet<string> _ids = ids.Where(i => !string.IsNullOrWhiteSpace(i)).Select(i => i.Trim()).ToHashSet(StringComparer.OrdinalIgnoreCase);

    public bool Contains(string? aadObjectId, string? userId) =>
        (aadObjectId is not null && _ids.Contains(aadObjectId)) || (userId is not null && _ids.Contains(userId));
}
