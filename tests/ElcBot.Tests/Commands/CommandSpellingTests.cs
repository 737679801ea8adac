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
}
