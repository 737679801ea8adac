using ElcBot.Bot.Cards;

namespace ElcBot.Tests.Cards;

/// <summary>Checks every card in <see cref="CardCatalogue"/>: plain English, Adaptive Card 1.5, and small enough for Teams.</summary>
public sealed class CardQualityTests
{
    /// <summary>The level stated in README.md: 60 is plain English (most adults read it easily).</summary>
    public const double MinimumReadingEase = 60;

    /// <summary>Fewer words than this are not scored.</summary>
    public const int MinimumWords = 10;

    public static TheoryData<string> Cards() => new(CardCatalogue.All().Select(c => c.Name));

    [Theory]
    [MemberData(nameof(Cards))]
    public void Should_read_as_plain_english_when_the_card_is_shown(string name)
    {
        var text = Readability.VisibleText(Card(name));

        // A few words ("Review panel changes. Nothing has changed yet.") are too few for a reading score to mean anything.
        var score = Readability.WordCount(text) < MinimumWords ? 100 : Readability.FleschReadingEase(text);

        Assert.True(score >= MinimumReadingEase, $"{name}: Flesch reading ease {score:0.0} is below {MinimumReadingEase}. Text: {text}");
    }

    [Theory]
    [MemberData(nameof(Cards))]
    public void Should_be_version_1_5_and_well_under_28_kb(string name)
    {
        var card = Card(name);

        Assert.Equal("1.5", card["version"]!.GetValue<string>());
        var bytes = System.Text.Encoding.UTF8.GetByteCount(card.ToJsonString());
        Assert.True(bytes < 28_000, $"{name}: {bytes} bytes");
    }

    [Theory]
    [InlineData("The cat sat on the mat.", 100, 125)]
    [InlineData("Collaborative commissioning methodologies necessitate comprehensive organisational transformation.", -300, 20)]
    public void Should_score_simple_text_high_and_dense_text_low(string text, double low, double high)
    {
        var score = Readability.FleschReadingEase(text);

        Assert.InRange(score, low, high);
    }

    [Fact]
    public void Should_grade_only_the_bots_own_sentences_so_short_buttons_and_peoples_words_cannot_lift_a_dense_line()
    {
        var dense = "Collaborative commissioning methodologies necessitate comprehensive organisational transformation.";
        var card = CardElements.Card(
                CardElements.Text(dense),
                CardElements.Words("I sat. I ate. It was hot. We left. Then we came back."))
            .WithActions(Enumerable.Range(0, 6).Select(i => CardElements.Execute("Go", $"a{i}")).ToArray());

        var text = Readability.VisibleText(card);

        Assert.Equal(dense, text);
        Assert.True(Readability.FleschReadingEase(text) < MinimumReadingEase);
    }

    private static System.Text.Json.Nodes.JsonObject Card(string name) => CardCatalogue.All().Single(c => c.Name == name).Card;
}
