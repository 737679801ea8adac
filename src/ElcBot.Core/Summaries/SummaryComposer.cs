using ElcBot.Core.Contributions;

namespace ElcBot.Core.Summaries;

/// <summary>Turns a round's contributions and support into a summary, and says what is new since the last one.</summary>
/// <remarks>
/// Words marked "for the facilitators only" are counted but kept out of themes, so no label, quote or list in the
/// channel can show them. Quotes come only from people who allowed quoting.
/// </remarks>
public sealed class SummaryComposer(IThemeFinder themes, TimeProvider time)
{
    /// <summary>Two themes are the same theme when most of their members are shared.</summary>
    private const double SameThemeOverlap = 0.5;

    public async Task<RoundSummary> ComposeAsync(
        SummaryRound round, IReadOnlyList<SummaryContribution> contributions, RoundSummary? previous, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var shareable = contributions.Where(c => c.Consent != ConsentLevel.FacilitatorsOnly).ToArray();
        var found = await themes.FindAsync(round.RoundId, shareable, cancellationToken).ConfigureAwait(false);
        // Themes only ever see shareable contributions, whatever the theme finder returns.
        var byId = shareable.ToDictionary(c => c.Id);
        var digests = found
            .Where(t => t.MemberIds.Count >= 2)
            .Select((t, i) => ThemeDigests.Build($"t{i + 1}", t, byId))
            .OrderByDescending(t => t.Size)
            .ToArray();
        var themed = digests.SelectMany(t => t.MemberIds).ToHashSet();

        return new RoundSummary(
            SummaryIds.For(now),
            round.RoundId,
            round.Question,
            round.Stage,
            previous?.PeriodEnd ?? round.OpenedAt,
            now,
            Count(contributions) with { BalanceNote = VoiceBalance.Note(contributions, digests) },
            digests,
            OtherIdeas: shareable.Count(c => !themed.Contains(c.Id)),
            SharedGround: digests.Where(t => t.IsSharedGround).Select(t => t.Label).ToArray(),
            NeedsMoreVoices: digests.Where(t => !t.IsSharedGround).Select(t => t.Label).ToArray(),
            New: WhatIsNewSince(previous, contributions, digests));
    }

    private static SummaryCounts Count(IReadOnlyList<SummaryContribution> contributions)
    {
        // Each person once, as their first contribution names them.
        var people = contributions.GroupBy(c => c.ContributorKey).Select(g => g.First()).ToArray();
        return new(
            contributions.Count(c => c.Kind == ContributionKind.Story),
            contributions.Count(c => c.Kind == ContributionKind.Idea),
            contributions.Sum(c => c.SupporterGroups.Count),
            contributions.Count(c => c.Imported),
            people.CountBy(p => p.Group).ToDictionary(),
            contributions.SelectMany(c => c.SupporterGroups).CountBy(g => g).ToDictionary(),
            ContributorsByRole: people.CountBy(p => p.Role).ToDictionary());
    }

    private static WhatIsNew WhatIsNewSince(RoundSummary? previous, IReadOnlyList<SummaryContribution> contributions, IReadOnlyList<ThemeDigest> digests)
    {
        if (previous is null)
        {
            return new WhatIsNew(null, contributions.Count, []);
        }

        var newThemes = digests
            .Where(t => previous.Themes.All(p => Overlap(p.MemberIds, t.MemberIds) < SameThemeOverlap))
            .Select(t => t.Label)
            .ToArray();
        return new WhatIsNew(previous.PeriodEnd, contributions.Count(c => c.SharedAt > previous.PeriodEnd), newThemes);
    }

    private static double Overlap(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        var shared = a.Intersect(b).Count();
        return shared == 0 ? 0 : (double)shared / a.Union(b).Count();
    }
}
