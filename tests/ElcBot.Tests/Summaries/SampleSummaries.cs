using ElcBot.Core.Contributions;
using ElcBot.Core.Summaries;

namespace ElcBot.Tests.Summaries;

/// <summary>Seeded summaries for card tests.</summary>
public static class SampleSummaries
{
    private static readonly System.Text.Json.JsonSerializerOptions Readable = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The card as text with quotes and dashes unescaped, as people will read it.</summary>
    public static string Json(System.Text.Json.Nodes.JsonObject card) => card.ToJsonString(Readable);

    public static RoundSummary Sample(int themes, int quoteLength = 20) => new(
        "s1",
        "r1",
        "What would make it easier to get help?",
        "Discover",
        new DateTimeOffset(2026, 11, 20, 9, 0, 0, TimeSpan.Zero),
        new DateTimeOffset(2026, 11, 27, 9, 0, 0, TimeSpan.Zero),
        new SummaryCounts(4, 6, 9, 0, new Dictionary<VoiceGroup, int> { [VoiceGroup.LivedExperience] = 2, [VoiceGroup.Staff] = 1 }),
        Enumerable.Range(0, themes).Select(i => Theme(i, quoteLength)).ToArray(),
        OtherIdeas: 2,
        SharedGround: ["Theme 0"],
        NeedsMoreVoices: ["Theme 1"],
        New: new WhatIsNew(null, 0, []));

    public static ThemeDigest Theme(int i, int quoteLength) => new(
        $"t{i}",
        $"Theme {i}",
        ["a", "b", "c"],
        0.66,
        0.33,
        [new Quote($"q{i}", $"Quote 0 from theme {i}" + new string('x', Math.Max(0, quoteLength - 20)), VoiceGroup.LivedExperience)],
        new SupportedIdea($"i{i}", "An idea", 3));
}
