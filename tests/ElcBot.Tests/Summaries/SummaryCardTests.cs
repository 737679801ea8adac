using ElcBot.Bot.Cards;
using ElcBot.Core.Contributions;
using ElcBot.Core.Summaries;

namespace ElcBot.Tests.Summaries;

public sealed class SummaryCardTests
{
    [Fact]
    public void Should_show_the_question_counts_and_themes_with_labels_marked_automatic()
    {
        var json = Summaries.Json(SummaryCard.Build(Summaries.Sample(themes: 2)));

        Assert.Contains("What would make it easier to get help?", json);
        Assert.Contains("Theme 0** (automatic name)", json);
        Assert.Contains("“Quote 0 from theme 0”", json);
        Assert.Contains("3 (2 lived experience, 1 staff)", json);
        Assert.Contains(SummaryCard.GeneratedNote, json);
        Assert.Contains("Shared ground", json);
    }

    [Fact]
    public void Should_put_themes_that_do_not_fit_behind_a_button_and_stay_small_when_there_are_many()
    {
        var summary = Summaries.Sample(themes: 60, quoteLength: 2_000);

        var card = SummaryCard.Build(summary);
        var json = card.ToJsonString();

        Assert.Contains("See all 60 themes", json);
        Assert.DoesNotContain("Theme 5**", json);
        Assert.True(System.Text.Encoding.UTF8.GetByteCount(json) < 28_000, $"{json.Length} bytes");
        Assert.Equal("1.5", card["version"]!.GetValue<string>());
    }

    [Fact]
    public void Should_not_quote_the_top_idea_when_its_author_did_not_allow_quotes()
    {
        var summary = Summaries.Sample(themes: 1) with
        {
            Themes = [Summaries.Theme(0, 10) with { TopIdea = new SupportedIdea("i1", null, 7) }],
        };

        var json = Summaries.Json(SummaryCard.Build(summary));

        Assert.Contains("7 people said it matters to them (its author asked not to be quoted)", json);
    }

    [Fact]
    public void Should_say_it_is_the_first_summary_or_what_is_new_since_the_last()
    {
        var first = SummaryCard.Build(Summaries.Sample(themes: 1)).ToJsonString();
        var later = SummaryCard.Build(Summaries.Sample(themes: 1) with
        {
            New = new WhatIsNew(new DateTimeOffset(2026, 11, 16, 9, 0, 0, TimeSpan.Zero), 4, ["Waiting times"]),
        }).ToJsonString();

        Assert.Contains("first summary", first);
        Assert.Contains("Since the last summary on 16 November: 4 new stories and ideas, new themes: Waiting times.", later);
    }
}

/// <summary>Seeded summaries for card tests.</summary>
internal static class Summaries
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
