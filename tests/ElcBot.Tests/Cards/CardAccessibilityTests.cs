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

    [Theory]
    [MemberData(nameof(Cards))]
    public void Should_open_with_a_heading_when_the_card_begins_with_a_title(string name)
    {
        var first = Card(name)["body"]![0]!.AsObject();
        var parts = (string?)first["type"] == "RichTextBlock" ? first["inlines"]!.AsArray().Select(r => r!.AsObject()) : [first];

        // People's words are shown in a RichTextBlock, which cannot be a heading: a title made of them must follow one.
        if (parts.Any(p => (string?)p["weight"] == "Bolder" && (string?)p["size"] is "Large" or "Medium"))
        {
            Assert.True((string?)first["type"] == "TextBlock" && (string?)first["style"] == "heading", $"{name}: its title is not marked as a heading");
        }
    }

    private static System.Text.Json.Nodes.JsonObject Card(string name) => CardCatalogue.All().Single(c => c.Name == name).Card;
}
