using ElcBot.Bot.Commands;
using Microsoft.Bot.Schema;

namespace ElcBot.Tests.Commands;

public sealed class CommandTextTests
{
    [Fact]
    public void Should_take_the_bots_mention_out_of_the_command_when_teams_tags_it()
    {
        var activity = MessageTo("<at>ElcBot</at> help");

        Assert.Equal("help", CommandText.From(activity));
    }

    [Theory]
    [InlineData("<AT id=\"0\">Grace</AT> and <at>Tom</at> please", "and please")]
    [InlineData("panel add <at>Jo</at><at>Sam</at>", "panel add")]
    [InlineData("a <at>never closed and <at>Jo</at> b", "a b")]
    [InlineData("an <at> with no end", "an <at> with no end")]
    [InlineData("a <attachment>x</at> b", "a b")]
    [InlineData("no tags at all", "no tags at all")]
    public void Should_take_every_mention_tag_out_whatever_its_case_or_attributes_and_leave_an_unclosed_one(string text, string command)
    {
        Assert.Equal(command, CommandText.From(MessageTo(text)));
    }

    /// <remarks>
    /// 60,000 opening tags and no closing one fit under the 256 KB request limit. Searched by backtracking, each tag
    /// was read to the end of the text, so the search ran out of time, the turn failed and the person got an apology.
    /// </remarks>
    [Fact]
    public void Should_read_the_words_without_failing_when_a_long_message_is_full_of_unclosed_mention_tags()
    {
        var activity = MessageTo(string.Concat(Enumerable.Repeat("<at>", 60_000)) + " help");

        var text = CommandText.From(activity);

        Assert.EndsWith("help", text, StringComparison.Ordinal);
        Assert.Equal(240_005, text.Length);
    }

    private static Activity MessageTo(string text) => new(ActivityTypes.Message)
    {
        Text = text,
        Recipient = new ChannelAccount("28:elcbot", "ElcBot"),
    };
}
