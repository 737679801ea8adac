using ElcBot.Core.Contributions;
using ElcBot.Core.Updates;

namespace ElcBot.Core.Summaries;

/// <summary>Takes the words of stories and ideas that are being erased out of a summary that was kept.</summary>
/// <remarks>
/// The round's counts stay: how many shared that week is a fact about the round, not anyone's words. A theme's size and
/// its split by voice change together, as the card shows them side by side. Theme names stay too: a word is only in a
/// generated name when two or more members wrote it.
/// </remarks>
public static class SummaryForgetting
{
    /// <returns>The summary without their quotes, their idea as "most supported", their ids among a theme's members and
    /// their idea's words on a "you said, we did" line; null when nothing of theirs is in it.</returns>
    public static RoundSummary? Without(RoundSummary summary, IReadOnlyCollection<Contribution> erased)
    {
        var ideaWords = erased.Where(c => c.Kind == ContributionKind.Idea).Select(c => c.Text).ToHashSet(StringComparer.Ordinal);
        var byId = erased.GroupBy(c => c.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        // A theme left with no members goes, name and all: its name could only have come from their words.
        var themes = summary.Themes.Select(t => Without(t, byId)).Where(t => t.Size > 0).ToArray();
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

    private static ThemeDigest Without(ThemeDigest theme, IReadOnlyDictionary<string, Contribution> erased)
    {
        var leaving = theme.MemberIds.Where(erased.ContainsKey).Select(id => VoiceGroups.Of(erased[id].Role)).ToArray();
        if (leaving.Length == 0)
        {
            return theme;
        }

        // The theme line shows its size beside its split by voice, so both change together. Each share was a count over
        // the size, so the count comes back by rounding; a panel's edits may have left it out of step, hence the floor at 0.
        var left = theme.Size - leaving.Length;
        double ShareLeft(double share, VoiceGroup group) =>
            left == 0 ? 0 : Math.Max(0, Math.Round(share * theme.Size) - leaving.Count(g => g == group)) / left;
        return theme with
        {
            MemberIds = [.. theme.MemberIds.Where(id => !erased.ContainsKey(id))],
            LivedExperienceShare = ShareLeft(theme.LivedExperienceShare, VoiceGroup.LivedExperience),
            StaffShare = ShareLeft(theme.StaffShare, VoiceGroup.Staff),
            Quotes = [.. theme.Quotes.Where(q => !erased.ContainsKey(q.ContributionId))],
            TopIdea = theme.TopIdea is { } top && erased.ContainsKey(top.ContributionId) ? null : theme.TopIdea,
        };
    }
}
