using ElcBot.Core.Text;

namespace ElcBot.Tests.Text;

public sealed class TypedTextTests
{
    [Theory]
    [InlineData("  A nurse held my hand.  ", "A nurse held my hand.")]
    [InlineData("Line one\r\nLine two\rLine three", "Line one\nLine two\nLine three")]
    [InlineData("Tabs\tstay", "Tabs\tstay")]
    [InlineData("Bell\u0007 and null\u0000 go", "Bell and null go")]
    [InlineData("Whole 👍🏽 and 👩‍⚕️ stay, café too", "Whole 👍🏽 and 👩‍⚕️ stay, café too")]
    [InlineData(null, "")]
    public void Should_keep_what_people_meant_and_drop_what_no_one_can_see_when_cleaning(string? typed, string kept)
    {
        Assert.Equal(kept, TypedText.Clean(typed));
    }

    [Fact]
    public void Should_mark_half_an_emoji_as_unreadable_when_cleaning()
    {
        // Built here, not in [InlineData]: the test runner's own serialising of a lone surrogate changes it.
        var high = "Half an emoji " + '\ud83d' + " at the end";
        var low = '\udc4d' + " the other half first";

        Assert.Equal("Half an emoji \ufffd at the end", TypedText.Clean(high));
        Assert.Equal("\ufffd the other half first", TypedText.Clean(low));
    }

    [Fact]
    public void Should_leave_text_that_reads_back_the_same_from_utf8_when_cleaned()
    {
        var typed = "Cut emoji " + '\ud83d' + "\u0001";

        var cleaned = TypedText.Clean(typed);

        Assert.NotEqual(typed, RoundTrip(typed));
        Assert.Equal(cleaned, RoundTrip(cleaned));
    }

    private static string RoundTrip(string text) => System.Text.Encoding.UTF8.GetString(System.Text.Encoding.UTF8.GetBytes(text));
}
