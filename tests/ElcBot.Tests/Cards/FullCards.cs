using ElcBot.Core.Contributions;
using ElcBot.Core.Summaries;
using ElcBot.Core.Updates;

namespace ElcBot.Tests.Cards;

/// <summary>The content of cards that grow with data, at the most each part may hold, for checks on their size.</summary>
/// <remarks>
/// The words are English as phones type it: curly apostrophes and dashes take three bytes each, so text made only of
/// plain letters would under-count what Teams receives.
/// </remarks>
public static class FullCards
{
    /// <summary>A round's question as long as a facilitator may write it.</summary>
    public static string Question => Prose(ElcBot.Core.Rounds.RoundService.MaxQuestionLength);

    /// <summary>Text of exactly <paramref name="length"/> characters.</summary>
    public static string Prose(int length)
    {
        const string sentence = "I’d waited weeks – nobody rang back, and I didn’t know who to ask. ";
        return string.Concat(Enumerable.Repeat(sentence, length / sentence.Length + 1))[..length];
    }

    /// <summary>Text of exactly <paramref name="length"/> characters (UTF-16) in Chinese, three bytes each in UTF-8, as Hindi or Thai.</summary>
    public static string Chinese(int length)
    {
        const string sentence = "我等了好几个星期，没有人回电话，我也不知道该问谁。";
        return string.Concat(Enumerable.Repeat(sentence, length / sentence.Length + 1))[..length];
    }

    /// <summary>Text of exactly <paramref name="length"/> characters (UTF-16) of emoji, each a surrogate pair of four bytes in UTF-8.</summary>
    public static string Emoji(int length) => string.Concat(Enumerable.Repeat("😟", length / 2)) + (length % 2 == 1 ? "!" : string.Empty);

    /// <summary>The ways of writing every card is checked in: English as phones type it, and scripts of three and four bytes a character.</summary>
    public static TheoryData<string> Scripts => [nameof(Prose), nameof(Chinese), nameof(Emoji)];

    /// <summary>Text of exactly <paramref name="length"/> characters in the script named.</summary>
    public static string In(string script, int length) => script switch
    {
        nameof(Chinese) => Chinese(length),
        nameof(Emoji) => Emoji(length),
        _ => Prose(length),
    };

    /// <summary>The most themes clustering makes, each renamed by a panel to the longest name, quoted at length, all new this week.</summary>
    public static RoundSummary Summary(string script = nameof(Prose))
    {
        var themes = Enumerable.Range(0, ElcBot.Clustering.Grouping.ThemeCountChooser.MaxThemes).Select(i => new ThemeDigest(
            $"t{i}", In(script, ElcBot.Core.Panels.DraftEdits.MaxLabelLength), [.. Enumerable.Range(0, 120).Select(m => $"m{m}")], 0.5, 0.5,
            [.. Enumerable.Range(0, ThemeDigests.MaxQuotes).Select(q => new Quote($"q{q}", In(script, ContributionService.MaxStoryLength), VoiceGroup.LivedExperience))],
            new SupportedIdea($"i{i}", In(script, ContributionService.MaxIdeaLength), 1_234), ThemeLabelStatus.QuestionedByPanel, 456, 789)).ToArray();
        var everyone = Enum.GetValues<VoiceGroup>().ToDictionary(g => g, _ => 1_234);
        return new RoundSummary("s1", "r1", In(script, ElcBot.Core.Rounds.RoundService.MaxQuestionLength), "Discover", DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch.AddDays(7),
            new SummaryCounts(9_999, 9_999, 99_999, 9_999, everyone, everyone, In(script, 200), Enum.GetValues<ContributorRole>().ToDictionary(r => r, _ => 1_234)),
            themes, 999,
            SharedGround: [.. themes.Take(30).Select(t => t.Label)],
            NeedsMoreVoices: [.. themes.Skip(30).Select(t => t.Label)],
            New: new WhatIsNew(DateTimeOffset.UnixEpoch, 999, [.. themes.Select(t => t.Label)]),
            Updates: [.. Enumerable.Range(0, 20).Select(i => new UpdateLine(UpdateSubject.Idea, In(script, ContributionService.MaxIdeaLength), UpdateStatus.CannotDo,
                In(script, UpdateService.MaxTextLength), DateTimeOffset.UnixEpoch.AddDays(i)))],
            Review: new PanelReview(12, 12));
    }
}
