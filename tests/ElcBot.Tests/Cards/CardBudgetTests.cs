using System.Text;
using System.Text.Json.Nodes;
using ElcBot.Bot.Cards;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Rest.Serialization;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using static ElcBot.Bot.Cards.CardElements;

namespace ElcBot.Tests.Cards;

public sealed class CardBudgetTests
{
    [Fact]
    public void Should_keep_to_the_budget_the_size_checks_use_when_cards_are_measured()
    {
        Assert.Equal(CardSizeTests.MaxCardBytes, CardBudget.MaxBytes);
    }

    [Theory]
    [MemberData(nameof(FullCards.Scripts), MemberType = typeof(FullCards))]
    public void Should_measure_a_card_as_the_sdk_sends_it_when_it_is_posted(string script)
    {
        var card = Card(Heading("Title"), Words(FullCards.In(script, 500)));
        using var client = new ConnectorClient(new Uri("https://smba.example/"), new MicrosoftAppCredentials(string.Empty, string.Empty));

        // How the connector client writes the activity it posts to Teams.
        var sent = SafeJsonConvert.SerializeObject(card.ToMessage("Title"), client.SerializationSettings);

        var attachment = JObject.Parse(sent)["attachments"]![0]!.ToString(Formatting.None);
        Assert.Contains(attachment, sent);
        Assert.Equal(Encoding.UTF8.GetByteCount(attachment), CardBudget.BytesOf(card));
    }

    [Theory]
    [InlineData("我", 3)]
    [InlineData("😟", 4)]
    [InlineData("’", 3)]
    [InlineData("a", 1)]
    public void Should_count_each_letter_as_the_bytes_it_takes_when_words_are_not_escaped(string letter, int bytes)
    {
        var empty = CardBudget.BytesOf(Card(Words(string.Empty)));

        var full = CardBudget.BytesOf(Card(Words(string.Concat(Enumerable.Repeat(letter, 1_000)))));

        Assert.Equal(1_000 * bytes, full - empty);
    }

    [Fact]
    public void Should_build_the_card_with_the_most_items_that_fit_when_not_all_of_them_do()
    {
        var built = new List<int>();

        var card = CardBudget.MostThatFit(40, n =>
        {
            built.Add(n);
            return Quotes(n);
        });

        var shown = ((JsonArray)card["body"]!).Count;
        Assert.True(CardBudget.Fits(card));
        Assert.False(CardBudget.Fits(Quotes(shown + 1)));
        Assert.Equal(40, built[0]);
    }

    [Fact]
    public void Should_build_the_card_once_with_every_item_when_they_all_fit()
    {
        var built = new List<int>();

        CardBudget.MostThatFit(3, n =>
        {
            built.Add(n);
            return Quotes(n);
        });

        Assert.Equal([3], built);
    }

    [Fact]
    public void Should_build_the_card_with_none_of_the_items_when_not_even_one_fits()
    {
        var card = CardBudget.MostThatFit(2, n => Card([Words(FullCards.Chinese(10_000)), .. Enumerable.Range(0, n).Select(_ => Words("x"))]));

        Assert.Single((JsonArray)card["body"]!);
    }

    /// <summary>A card of <paramref name="count"/> quotes in Chinese, about 3 KB each.</summary>
    private static JsonObject Quotes(int count) => Card([.. Enumerable.Range(0, count).Select(_ => Words(FullCards.Chinese(1_000)))]);
}
