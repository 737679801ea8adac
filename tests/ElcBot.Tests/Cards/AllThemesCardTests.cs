using ElcBot.Bot.Cards;
using ElcBot.Tests.Summaries;

namespace ElcBot.Tests.Cards;

public sealed class AllThemesCardTests
{
    [Fact]
    public void Should_offer_a_way_back_to_the_same_summary_when_all_themes_are_shown()
    {
        var card = AllThemesCard.Build(SampleSummaries.Sample(themes: 8));

        var back = card["actions"]!.AsArray().Single()!;
        Assert.Equal("Back to the summary", (string?)back["title"]);
        Assert.Equal(SummariesListCard.ShowAction, (string?)back["verb"]);
        Assert.Equal(("r1", "s1"), ((string?)back["data"]!["roundId"], (string?)back["data"]!["summaryId"]));
    }
}
