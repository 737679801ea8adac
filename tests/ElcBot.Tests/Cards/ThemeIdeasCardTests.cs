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

    private static SummaryContribution Member(string id, string text, ConsentLevel consent) =>
        new(id, ContributionKind.Story, text, ContributorRole.Carer, consent, $"k-{id}", DateTimeOffset.UnixEpoch, false, [], null);
}
