using System.Text.Json.Nodes;
using ElcBot.Bot.Cards;
using ElcBot.Core.Contributions;
using ElcBot.Core.Privacy;
using ElcBot.Core.Rounds;
using ElcBot.Core.Summaries;
using ElcBot.Tests.Summaries;

namespace ElcBot.Tests.Cards;

/// <summary>
/// Buttons repeated on a card with one title ("See the ideas in this theme" under each theme) each carry a tooltip with
/// the first words of what they act on, so a screen reader can tell them apart.
/// </summary>
public sealed class ButtonTooltipTests
{
    private static readonly string[] Questions =
    [
        "What would make it easier to get help with your mental health?",
        "How could we make the wait for an operation less worrying?",
        "What helps you get home safely after a stay in hospital?",
    ];

    public static TheoryData<string> Cards() => new(All().Select(c => c.Name));

    [Theory]
    [MemberData(nameof(Cards))]
    public void Should_give_each_repeated_button_its_own_tooltip_when_the_items_differ(string name)
    {
        var card = All().Single(c => c.Name == name).Card;

        var repeated = CardButtonTests.Buttons(card).GroupBy(CardButtonTests.Named).Where(g => g.Count() > 1).ToArray();

        Assert.NotEmpty(repeated);
        Assert.All(repeated, group => Assert.Equal(group.Count(), group.Select(b => (string?)b["tooltip"]).Distinct().Count()));
    }

    [Fact]
    public void Should_name_the_theme_when_its_ideas_button_is_one_of_several()
    {
        var card = AllThemesCard.Build(SampleSummaries.Sample(themes: 3) with { Themes = [.. Themes()] });

        var tooltips = CardButtonTests.Buttons(card).Select(b => (string?)b["tooltip"]).ToArray();

        Assert.Contains("See the ideas in the theme: waiting times and being kept informed", tooltips);
    }

    [Theory]
    [InlineData("waiting times", "waiting times")]
    [InlineData("A quiet room\nto wait in,   with water", "A quiet room to wait in, with water")]
    [InlineData("When I was struggling I waited eleven weeks to talk to someone about how I felt.", "When I was struggling I waited eleven weeks to talk to …")]
    public void Should_give_the_first_words_on_one_line_cut_at_a_word_when_a_tooltip_repeats_peoples_words(string words, string expected)
    {
        Assert.Equal(expected, CardElements.FirstWords(words));
    }

    [Fact]
    public void Should_never_cut_an_emoji_in_half_when_words_without_spaces_are_shortened()
    {
        var words = new string('a', CardElements.TooltipWordsLength - 1) + "😀" + new string('b', 20);

        var shown = CardElements.FirstWords(words);

        Assert.Equal(new string('a', CardElements.TooltipWordsLength - 1) + " …", shown);
    }

    private static IEnumerable<(string Name, JsonObject Card)> All()
    {
        var at = new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
        var rounds = Questions.Select((q, i) => new Round($"r{i}", "c", "t", "team", q, ElcStage.Discover, null, true, at)).ToArray();
        var ideas = Questions.Select((q, i) => new Contribution("r0", $"i{i}", ContributionKind.Idea, $"An idea about this: {q} " + new string('x', 300),
            ContributorRole.Carer, ConsentLevel.MayQuote, "k", null, null, at, "s")).ToArray();
        var summary = SampleSummaries.Sample(themes: 3) with { Themes = [.. Themes()] };
        var draft = new ElcBot.Core.Panels.PanelDraft("r0", "d1", summary, ElcBot.Core.Panels.DraftState.InReview, at, at.AddDays(3), []);
        yield return ("all themes", AllThemesCard.Build(summary));
        yield return ("summary", SummaryCard.Build(summary));
        yield return ("ideas", IdeasPageCard.Build(rounds[0], new IdeaPage("r0", [.. ideas.Select(i => new IdeaWithSupport(i, 2))], 0, 1, 3)));
        yield return ("my contributions", MyContributionsCard.Build([.. ideas.Select(i => new MyContribution(i, rounds[0], 2))]));
        yield return ("round choice", RoundChoiceCard.Build([.. rounds.Select(r => new SummaryRound(r.Id, "c", r.Question, "Discover", at))]));
        yield return ("update round choice", UpdateRoundChoiceCard.Build(rounds));
        yield return ("round picker", RoundPickerCard.Build(rounds));
        yield return ("earlier summaries", SummariesListCard.Build([summary, summary with { SummaryId = "s2", PeriodEnd = at }]));
        yield return ("panel draft", PanelDraftCard.Build(draft, [], "29:p0"));
    }

    private static IEnumerable<ThemeDigest> Themes() => new[] { "waiting times and being kept informed", "phone lines", "help at home at night" }
        .Select((label, i) => SampleSummaries.Theme(i, 20) with { Label = label });
}
