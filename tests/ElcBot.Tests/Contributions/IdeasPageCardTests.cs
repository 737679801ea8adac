using ElcBot.Bot.Cards;
using ElcBot.Core.Contributions;

namespace ElcBot.Tests.Contributions;

public sealed class IdeasPageCardTests
{
    [Theory]
    [InlineData(0, "No one has said this matters to them yet.")]
    [InlineData(1, "1 person says this matters to them.")]
    [InlineData(12, "12 people say this matters to them.")]
    public void Should_say_how_many_support_an_idea_in_plain_words(int supports, string expected)
    {
        var idea = new Contribution("round-1", "idea-1", ContributionKind.Idea, "A same-day phone line", ContributorRole.UsesServices,
            ConsentLevel.MayQuote, "k", null, null, DateTimeOffset.UnixEpoch, "s");

        var card = IdeasPageCard.Build(TeamsTurns.OpenRound(), new IdeaPage("round-1", [new IdeaWithSupport(idea, supports)], 0, 1, 1));

        Assert.Contains($"\"{expected}\"", card.ToJsonString());
    }
}
