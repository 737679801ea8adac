using ElcBot.Core.Contributions;
using ElcBot.Core.Summaries;

namespace ElcBot.Core.Panels;

/// <summary>Works a draft's themes out again from the round's current contributions, keeping the panel's names.</summary>
/// <remarks>
/// Run on every read and every edit: voices, quotes and the best-supported idea follow the members after a merge or
/// split, and words erased since the draft was made ("forget me") drop out before anyone sees or posts them.
/// </remarks>
public static class DraftThemes
{
    public static RoundSummary Refresh(RoundSummary summary, IReadOnlyList<SummaryContribution> contributions)
    {
        // What the composer saw: shared by the end of the summary's period; never words kept for facilitators only.
        var asOf = contributions.Where(c => c.SharedAt <= summary.PeriodEnd).ToArray();
        var byId = asOf.Where(c => c.Consent != ConsentLevel.FacilitatorsOnly).ToDictionary(c => c.Id);
        var themes = summary.Themes
            .Select(t => ThemeDigests.Build(t.ThemeId, new FoundTheme(t.Label, t.MemberIds), byId) with { LabelStatus = t.LabelStatus })
            .Where(t => t.Size > 0)
            .OrderByDescending(t => t.Size)
            .ToArray();
        var labels = themes.Select(t => t.Label).ToHashSet(StringComparer.Ordinal);
        return summary with
        {
            Themes = themes,
            Counts = summary.Counts with { BalanceNote = VoiceBalance.Note(asOf, themes) },
            SharedGround = themes.Where(t => t.IsSharedGround).Select(t => t.Label).ToArray(),
            NeedsMoreVoices = themes.Where(t => !t.IsSharedGround).Select(t => t.Label).ToArray(),
            New = summary.New with { NewThemes = summary.New.NewThemes.Where(labels.Contains).ToArray() },
        };
    }
}
