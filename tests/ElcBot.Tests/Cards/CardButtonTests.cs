using System.Text.Json.Nodes;

namespace ElcBot.Tests.Cards;

/// <summary>Checks the buttons of every card in <see cref="CardCatalogue"/>: how they treat a form's inputs.</summary>
public sealed class CardButtonTests
{
    public static TheoryData<string> Cards() => new(CardCatalogue.All().Select(c => c.Name));

    [Theory]
    [MemberData(nameof(Cards))]
    public void Should_neither_check_nor_send_the_inputs_when_a_back_or_cancel_button_is_pressed(string name)
    {
        var leaving = Buttons(Card(name)).Where(IsLeaving).ToArray();

        // A half-filled form with required fields would otherwise hold the person on it until they filled it in.
        Assert.All(leaving, b =>
        {
            Assert.True((string?)b["associatedInputs"] == "none", $"{name}: \"{b["title"]}\" checks and sends the card's inputs");
            Assert.True((string?)b["fallback"]?["associatedInputs"] == "none", $"{name}: the fallback of \"{b["title"]}\" checks and sends the card's inputs");
        });
    }

    [Fact]
    public void Should_find_back_and_cancel_buttons_when_the_catalogue_is_checked()
    {
        var titles = CardCatalogue.All().SelectMany(c => Buttons(c.Card)).Where(IsLeaving).Select(b => (string)b["title"]!).ToHashSet();

        Assert.Contains("No, keep it", titles);
        Assert.Contains("Back to the draft", titles);
        Assert.Contains("Back", titles);
    }

    /// <summary>Every button on the card, in its body or at its foot.</summary>
    public static IEnumerable<JsonObject> Buttons(JsonObject card) => ShownLines.Blocks(card, "Action.Execute");

    private static bool IsLeaving(JsonObject button) => (string?)button["title"] is { } title
        && (title.StartsWith("Back", StringComparison.Ordinal) || title.StartsWith("Cancel", StringComparison.Ordinal) || title == "No, keep it");

    private static JsonObject Card(string name) => CardCatalogue.All().Single(c => c.Name == name).Card;
}
