using ElcBot.Bot.Cards;
using ElcBot.Core.Contributions;
using ElcBot.Tests.Panels;

namespace ElcBot.Tests.Cards;

public sealed class PanelThemeCardTests
{
    [Theory]
    [InlineData(1, "1 more is not listed because its author asked not to be quoted. It stays in this theme.")]
    [InlineData(2, "2 more are not listed because their authors asked not to be quoted. They stay in this theme.")]
    public void Should_say_how_many_are_not_listed_in_words_that_fit_the_number_when_some_asked_not_to_be_quoted(int hidden, string expected)
    {
        var members = Enumerable.Range(0, hidden).Select(i => PanelSamples.C($"h{i}", "Kept for themes only.", ContributorRole.Carer, ConsentLevel.ThemesOnly))
            .Append(PanelSamples.C("q", "A quiet room to wait in.", ContributorRole.Carer)).ToArray();
        var draft = PanelSamples.Draft();

        var lines = ShownLines.Of(PanelThemeCard.Build(draft, draft.Summary.Themes[0], members).ToJsonString());

        Assert.Contains(expected, lines);
    }
}
