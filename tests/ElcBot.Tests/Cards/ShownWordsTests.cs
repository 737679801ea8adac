using System.Globalization;
using ElcBot.Bot.Cards;

namespace ElcBot.Tests.Cards;

public sealed class ShownWordsTests
{
    private const string Family = "👩‍👩‍👧‍👦";

    [Fact]
    public void Should_show_the_words_as_they_are_when_they_are_within_the_limit()
    {
        Assert.Equal("The nurse sat with my dad.", ShownWords.Shorten("The nurse sat with my dad.", 26));
    }

    [Fact]
    public void Should_cut_at_the_last_word_within_the_limit_and_mark_the_cut_when_english_words_are_too_long()
    {
        Assert.Equal("The nurse sat with …", ShownWords.Shorten("The nurse sat with my dad all night.", 20));
    }

    [Fact]
    public void Should_cut_at_the_space_just_past_the_limit_when_the_words_fill_it_exactly()
    {
        Assert.Equal("The nurse sat with my …", ShownWords.Shorten("The nurse sat with my dad all night.", 21));
    }

    [Fact]
    public void Should_cut_inside_a_long_word_when_there_is_no_space_in_the_second_half()
    {
        Assert.Equal("A verylongwordindeed …", ShownWords.Shorten("A verylongwordindeedthatgoeson", 20));
    }

    [Fact]
    public void Should_cut_at_the_limit_when_the_words_are_in_a_script_written_without_spaces()
    {
        Assert.Equal("我等了好几 …", ShownWords.Shorten("我等了好几个星期，没有人回电话", 5));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(7)]
    public void Should_never_split_a_surrogate_pair_when_the_limit_falls_inside_one(int max)
    {
        var shown = ShownWords.Shorten(string.Concat(Enumerable.Repeat("😟", 10)), max);

        AssertWhole(shown);
        Assert.Equal(string.Concat(Enumerable.Repeat("😟", max / 2)) + ShownWords.CutMark, shown);
    }

    [Theory]
    [InlineData(5)]
    [InlineData(11)]
    [InlineData(12)]
    [InlineData(30)]
    public void Should_never_split_an_emoji_joined_with_zero_width_joiners_when_the_limit_falls_inside_it(int max)
    {
        var words = string.Concat(Enumerable.Repeat(Family, 5));

        var shown = ShownWords.Shorten(words, max);

        AssertWhole(shown);
        Assert.Equal(string.Concat(Enumerable.Repeat(Family, max / Family.Length)) + ShownWords.CutMark, shown);
    }

    [Fact]
    public void Should_keep_an_accent_with_its_letter_when_the_limit_falls_between_them()
    {
        // "e" followed by a combining acute accent: two characters, one letter.
        var shown = ShownWords.Shorten("cafe\u0301 cafe\u0301 cafe\u0301", 4);

        Assert.Equal("caf" + ShownWords.CutMark, shown);
    }

    [Fact]
    public void Should_never_be_longer_than_the_limit_and_the_mark_when_the_words_are_long()
    {
        var words = FullCards.Prose(5_000);

        Assert.True(ShownWords.Shorten(words, ShownWords.QuoteLength).Length <= ShownWords.QuoteLength + ShownWords.CutMark.Length);
    }

    /// <summary>Each text element of what is shown is one of the elements of what was written: none was cut in two.</summary>
    private static void AssertWhole(string shown)
    {
        var text = shown[..^ShownWords.CutMark.Length];
        var elements = StringInfo.GetTextElementEnumerator(text);
        while (elements.MoveNext())
        {
            var element = (string)elements.Current;
            Assert.True(element is "😟" or Family, $"Cut inside an emoji: {string.Join(' ', element.Select(c => ((int)c).ToString("X4", CultureInfo.InvariantCulture)))}");
        }
    }
}
