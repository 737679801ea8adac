using ElcBot.Core.Contributions;
using ElcBot.Core.Updates;

namespace ElcBot.Core.Summaries;

/// <summary>Takes the words of stories and ideas that are being erased out of a summary that was kept.</summary>
/// <remarks>
/// Counts stay: how many shared that week is a fact about the round, not anyone's words. Theme names stay too: a word
/// is only in a generated name when two or more members wrote it.
/// </remarks>
public static class SummaryForgetting
{
    /// <returns>The summary without their quotes, their idea as "most supported", their ids among a theme's members and
    /// their idea's words on a "you said, we did" line; null when nothing of theirs is in it.</returns>
    public static RoundSummary? Without(RoundSummary summary, IReadOnlyCollection<Contribution> erased)
    {
        var ids = erased.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        var ideaWords = erased.Where(c => c.Kind == ContributionKind.Idea).Select(c => c.Text).ToHashSet(StringComparer.Ordinal);
        // A theme left with no members goes, name and all: its name could only have come from their words.
        var themes = summary.Themes.Select(t => Without(t, ids)).Where(t => t.Size > 0).ToArray();
        var updates = summary.Updates?.Select(u => u.Subject == UpdateSubject.Idea && u.SubjectText is { } words && ideaWords.Contains(words)
            ? u with { SubjectText = null }
            : u).ToArray();
        if (themes.SequenceEqual(summary.Themes) && (updates is null || updates.SequenceEqual(summary.Updates!)))
        {
            return null;
        }

        var labels = themes.Select(t => t.Label).ToHashSet(StringComparer.Ordinal);
        return summary with
        {
            Themes = themes,
            Updates = updates,
            SharedGround = [.. summary.SharedGround.Where(labels.Contains)],
            NeedsMoreVoices = [.. summary.NeedsMoreVoices.Where(labels.Contains)],
            New = summary.New with { NewThemes = [.. summary.New.NewThemes.Where(labels.Contains)] },
        };
    }

    private static ThemeDigest Without(ThemeDigest theme, HashSet<string> ids) =>
        !theme.MemberIds.Any(ids.Contains)
            ? theme
            : theme with
            {
                MemberIds = [.. theme.MemberIds.Where(id => !ids.Contains(id))],
                Quotes = [.. theme.Quotes.Where(q => !ids.Contains(q.ContributionId))],
                TopIdea = theme.TopIdea is { } top && ids.Contains(top.ContributionId) ? null : theme.TopIdea,
            };
}
