using ElcBot.Bot.Commands;

namespace ElcBot.Tests.Commands;

public sealed class CommandSpellingTests
{
    private static readonly BotCommand[] Commands =
    [
        new("help", ""), new("ideas", ""), new("summary", ""), new("summaries", ""), new("schedule summary", ""),
        new("forget me", ""), new("my contributions", ""), new("stop updates", ""), new("update", ""), new("share", ""),
    ];

    [Theory]
    [InlineData("sumary", "summary")]
    [InlineData("idea", "ideas")]
    [InlineData("my contribution", "my contributions")]
    [InlineData("forgetme", "forget me")]
    [InlineData("stop update", "stop updates")]
    [InlineData("shedule summary monday 9am", "schedule summary")]
    [InlineData("HEPL", "help")]
    public void Should_find_the_command_meant_when_it_was_typed_with_a_slip(string typed, string meant)
    {
        Assert.Equal(meant, CommandSpelling.Nearest(typed, Commands)?.Name);
    }

    [Theory]
    [InlineData("what is the weather like")]
    [InlineData("hello")]
    [InlineData("thanks")]
    [InlineData("")]
    public void Should_suggest_nothing_when_the_text_is_not_near_any_command(string typed)
    {
        Assert.Null(CommandSpelling.Nearest(typed, Commands));
    }

    /// <remarks>
    /// Every command was compared letter by letter with the first word, however long: a message of one 240,000-letter
    /// word cost over a second and hundreds of megabytes, each time it was sent.
    /// </remarks>
    [Fact]
    public void Should_not_compare_letter_by_letter_when_the_first_word_is_far_longer_than_any_command()
    {
        var text = new string('x', 240_000) + " help";
        var before = GC.GetAllocatedBytesForCurrentThread();

        var meant = CommandSpelling.Nearest(text, Commands);

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Null(meant);
        Assert.True(allocated < 10_000_000, $"{allocated:N0} bytes allocated");
    }
}
