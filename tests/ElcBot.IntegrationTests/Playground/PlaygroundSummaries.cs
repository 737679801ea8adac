using ElcBot.Core.Contributions;
using ElcBot.Core.Summaries;

namespace ElcBot.IntegrationTests.Playground;

/// <summary>A summary with realistic words, for the cards the playground journey shows (and its screenshots).</summary>
public static class PlaygroundSummaries
{
    private static readonly string[] Labels =
    [
        "Knowing who to call", "Medicines at home", "Being listened to", "Transport to appointments", "Carers' breaks",
        "Information in plain words", "Waiting for a care package",
    ];

    /// <param name="themes">How many themes (labels repeat with a number past the seventh).</param>
    /// <param name="quoteLength">Zero for short quotes; otherwise each quote is this many characters.</param>
    /// <param name="previous">Whether there was an earlier summary to compare with.</param>
    public static RoundSummary Discharge(int themes = 3, int quoteLength = 0, bool previous = false) => new(
        "summary-1",
        "round-1",
        "What would make leaving hospital easier?",
        "Discovery",
        new DateTimeOffset(2026, 11, 16, 0, 0, 0, TimeSpan.Zero),
        new DateTimeOffset(2026, 11, 23, 0, 0, 0, TimeSpan.Zero),
        new SummaryCounts(4, 7, 5, 0, new Dictionary<VoiceGroup, int> { [VoiceGroup.LivedExperience] = 2, [VoiceGroup.Staff] = 1 }),
        [.. Enumerable.Range(0, themes).Select(i => Theme(i, quoteLength))],
        OtherIdeas: 1,
        SharedGround: themes > 0 ? [Label(0)] : [],
        NeedsMoreVoices: themes > 1 ? [Label(1)] : [],
        New: previous
            ? new WhatIsNew(new DateTimeOffset(2026, 11, 16, 9, 0, 0, TimeSpan.Zero), 3, [Label(0)])
            : new WhatIsNew(null, 0, []));

    private static readonly string[] LivedQuotes =
    [
        "Nobody told me who to ring when the carers did not turn up.",
        "Dad came home with a bag of new tablets and nobody explained them.",
        "I had to tell my story again to every person who came.",
    ];

    private static readonly string[] StaffQuotes =
    [
        "A single number for the whole team would help.",
        "We could do the medicines check the day before discharge.",
        "A shared care record would save people repeating themselves.",
    ];

    private static ThemeDigest Theme(int index, int quoteLength)
    {
        var lived = LivedQuotes[index % LivedQuotes.Length];
        var quote = quoteLength == 0 ? lived : string.Join(' ', Enumerable.Repeat(lived, (quoteLength / lived.Length) + 1))[..quoteLength];
        return new ThemeDigest(
            $"theme-{index}",
            Label(index),
            [.. Enumerable.Range(0, 3 + index).Select(m => $"c{index}-{m}")],
            0.67,
            0.33,
            [new Quote($"c{index}-0", quote, VoiceGroup.LivedExperience), new Quote($"c{index}-1", StaffQuotes[index % StaffQuotes.Length], VoiceGroup.Staff)],
            index % 2 == 0 ? new SupportedIdea($"c{index}-2", "One named person to call in the first week home.", 3) : new SupportedIdea($"c{index}-2", null, 2));
    }

    private static string Label(int index) => index < Labels.Length ? Labels[index] : $"{Labels[index % Labels.Length]} ({index + 1})";
}
