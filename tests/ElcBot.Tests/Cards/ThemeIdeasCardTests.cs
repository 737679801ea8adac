using ElcBot.Bot.Cards;
using ElcBot.Core.Contributions;
using ElcBot.Core.Summaries;
using ElcBot.Tests.Summaries;

namespace ElcBot.Tests.Cards;

public sealed class ThemeIdeasCardTests
{
    [Theory]
    [InlineData(1, "1 more is not shown because the person who shared it asked not to be quoted.")]
    [InlineData(2, "2 more are not shown because the people who shared them asked not to be quoted.")]
    public void Should_say_how_many_are_not_shown_in_words_that_fit_the_number_when_some_asked_not_to_be_quoted(int withheld, string expected)
    {
        var members = Enumerable.Range(0, withheld).Select(i => Member($"w{i}", "Please keep this to the facilitators.", ConsentLevel.ThemesOnly))
            .Append(Member("q", "A quiet room to wait in.", ConsentLevel.MayQuote)).ToArray();

        var json = SampleSummaries.Json(ThemeIdeasCard.Build(SampleSummaries.Theme(0, 20), members));

        Assert.Contains(expected, json);
    }

    [Fact]
    public void Should_shorten_a_long_story_at_a_word_when_it_is_shown()
    {
        var story = string.Concat(Enumerable.Repeat("The waiting room was loud and I could not hear my name. ", 40));

        var json = SampleSummaries.Json(ThemeIdeasCard.Build(SampleSummaries.Theme(0, 20), [Member("s", story, ConsentLevel.MayQuote)]));

        Assert.DoesNotContain(story.Trim(), json);
        Assert.Contains("The waiting room was loud and I could not hear my name. The waiting room", json);
        Assert.Contains(" …”", json);
    }

    [Theory]
    [InlineData(ThemeLabelStatus.Automatic, "Theme name made by ElcBot from the words people used.")]
    [InlineData(ThemeLabelStatus.RenamedByPanel, "Theme named by the review panel.")]
    [InlineData(ThemeLabelStatus.QuestionedByPanel, "Theme name made by ElcBot from the words people used. The review panel says it may be wrong.")]
    public void Should_say_who_named_the_theme_when_it_is_shown(ThemeLabelStatus status, string expected)
    {
        var theme = SampleSummaries.Theme(0, 20) with { LabelStatus = status };

        var lines = ShownLines.Of(ThemeIdeasCard.Build(theme, [Member("q", "A quiet room to wait in.", ConsentLevel.MayQuote)]).ToJsonString());

        Assert.Contains(expected, lines);
        Assert.Equal(status == ThemeLabelStatus.RenamedByPanel, !lines.Any(l => l.Contains("made by ElcBot", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData(ContributionKind.Idea, 1, "1 idea in this theme.")]
    [InlineData(ContributionKind.Story, 1, "1 story in this theme.")]
    [InlineData(ContributionKind.Idea, 2, "2 stories and ideas in this theme.")]
    public void Should_count_the_theme_in_words_that_fit_the_number_when_it_is_shown(ContributionKind kind, int count, string expected)
    {
        var members = Enumerable.Range(0, count).Select(i => Member($"m{i}", "A quiet room to wait in.", ConsentLevel.MayQuote) with { Kind = kind }).ToArray();

        var lines = ShownLines.Of(ThemeIdeasCard.Build(SampleSummaries.Theme(0, 20), members).ToJsonString());

        Assert.Contains(expected, lines);
    }

    private static SummaryContribution Member(string id, string text, ConsentLevel consent) =>
        new(id, ContributionKind.Story, text, ContributorRole.Carer, consent, $"k-{id}", DateTimeOffset.UnixEpoch, false, [], null);
}
