using ElcBot.Bot.Cards;
using ElcBot.Tests.Summaries;

namespace ElcBot.Tests.Cards;

public sealed class SummariesListCardTests
{
    [Theory]
    [InlineData(1, "10 shared · 1 theme")]
    [InlineData(3, "10 shared · 3 themes")]
    public void Should_count_the_themes_in_words_that_fit_the_number_when_past_summaries_are_listed(int themes, string expected)
    {
        var lines = ShownLines.Of(SummariesListCard.Build([SampleSummaries.Sample(themes)]).ToJsonString());

        Assert.Contains(expected, lines);
    }
}
