using System.Text.Json.Nodes;

namespace ElcBot.Tests.Cards;

/// <summary>Checks the buttons of every card in <see cref="CardCatalogue"/>: how they treat a form's inputs, and how a screen reader tells them apart.</summary>
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

    [Theory]
    [MemberData(nameof(Cards))]
    public void Should_say_what_each_one_is_for_when_a_card_repeats_a_button(string name)
    {
        var repeated = Buttons(Card(name)).GroupBy(b => Named(b)).Where(g => g.Count() > 1).SelectMany(g => g);

        // A screen reader lists a card's buttons by name: ten "Remove this idea" cannot be told apart without one.
        Assert.All(repeated, b => Assert.False(string.IsNullOrWhiteSpace((string?)b["tooltip"]), $"{name}: one of several \"{b["title"]}\" has no tooltip"));
    }

    [Fact]
    public void Should_find_repeated_buttons_when_the_catalogue_is_checked()
    {
        var repeated = CardCatalogue.All().Count(c => Buttons(c.Card).GroupBy(Named).Any(g => g.Count() > 1));

        Assert.True(repeated >= 8, $"only {repeated} cards repeat a button");
    }

    /// <summary>Every button on the card, in its body or at its foot (not the untitled refresh a panel draft asks Teams for).</summary>
    public static IEnumerable<JsonObject> Buttons(JsonObject card) => ShownLines.Blocks(card, "Action.Execute").Where(b => b["title"] is not null);

    /// <summary>The title without a count in brackets: "This matters to me too (3)" and "(1)" read as one button repeated.</summary>
    public static string Named(JsonObject button) => System.Text.RegularExpressions.Regex.Replace((string)button["title"]!, @" \(\d+\)$", string.Empty);

    private static bool IsLeaving(JsonObject button) => (string?)button["title"] is { } title
        && (title.StartsWith("Back", StringComparison.Ordinal) || title.StartsWith("Cancel", StringComparison.Ordinal) || title == "No, keep it");

    private static JsonObject Card(string name) => CardCatalogue.All().Single(c => c.Name == name).Card;
}
