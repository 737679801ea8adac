using ElcBot.Core.Contributions;

namespace ElcBot.Core.Updates;

/// <summary>Who is told about an update: everyone who shared or supported something it covers and asked to hear, once each.</summary>
/// <remarks>
/// Permission is per item: someone who shared two ideas in a theme and ticked "tell me" on one of them is told (once);
/// someone who ticked neither is not. Supports count only while they stand.
/// </remarks>
public static class UpdateRecipients
{
    /// <param name="update">The update.</param>
    /// <param name="contributions">The round's contributions (others are ignored).</param>
    /// <param name="supports">The round's current supports.</param>
    /// <returns>Contributor keys, each once, in a stable order.</returns>
    public static IReadOnlyList<string> Find(ProgressUpdate update, IEnumerable<Contribution> contributions, IEnumerable<Support> supports)
    {
        var covered = update.ContributionIds.ToHashSet(StringComparer.Ordinal);
        var authors = contributions
            .Where(c => c.RoundId == update.RoundId && c.MayContact && covered.Contains(c.Id))
            .Select(c => c.ContributorKey);
        var supporters = supports
            .Where(s => s.RoundId == update.RoundId && s.MayContact && covered.Contains(s.IdeaId))
            .Select(s => s.SupporterKey);
        return authors.Concat(supporters).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
    }
}
