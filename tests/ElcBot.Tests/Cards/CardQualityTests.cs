namespace ElcBot.Tests.Cards;

/// <summary>Checks every card in <see cref="CardCatalogue"/>: plain English, Adaptive Card 1.5, and small enough for Teams.</summary>
public sealed class CardQualityTests
{
    /// <summary>The level stated in README.md: 60 is plain English (most adults read it easily).</summary>
    public const double MinimumReadingEase = 60;

    public static TheoryData<string> Cards() => new(CardCatalogue.All().Select(c => c.Name));

    [Theory]
    [MemberData(nameof(Cards))]
    public void Should_read_as_plain_english_when_the_card_is_shown(string name)
    {
        var text = Readability.VisibleText(Card(name));

        var score = Readability.FleschReadingEase(text);

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

    private static System.Text.Json.Nodes.JsonObject Card(string name) => CardCatalogue.All().Single(c => c.Name == name).Card;
}
