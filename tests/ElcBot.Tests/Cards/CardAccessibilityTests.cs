namespace ElcBot.Tests.Cards;

/// <summary>Checks every card in <see cref="CardCatalogue"/> for what screen readers in Teams rely on.</summary>
public sealed class CardAccessibilityTests
{
    public static TheoryData<string> Cards() => new(CardCatalogue.All().Select(c => c.Name));

    [Theory]
    [MemberData(nameof(Cards))]
    public void Should_mark_titles_as_headings_when_text_is_set_large_and_bold(string name)
    {
        var titles = ShownLines.Blocks(Card(name), "TextBlock")
            .Where(t => (string?)t["weight"] == "Bolder" && (string?)t["size"] is "Large" or "Medium")
            .ToArray();

        // Size alone is only seen: a screen reader finds its way round a card by the headings it is told of.
        Assert.All(titles, t => Assert.True((string?)t["style"] == "heading", $"{name}: \"{t["text"]}\" looks like a heading but is not marked as one"));
    }

    private static System.Text.Json.Nodes.JsonObject Card(string name) => CardCatalogue.All().Single(c => c.Name == name).Card;
}
