using ElcBot.Bot.CardActions;

namespace ElcBot.Tests.CardActions;

public sealed class LoggedIdTests
{
    [Theory]
    [InlineData("0f8fad5bd9cb469fa16570867728950e")]
    [InlineData("19:playground-ideas-channel@thread.tacv2")]
    [InlineData("29:1playground-jo-evans")]
    [InlineData("import-ideas_2026.csv-12")]
    public void Should_log_an_id_of_the_usual_shape_as_it_is(string id) => Assert.Equal(id, LoggedId.Of(id));

    [Fact]
    public void Should_say_none_for_a_missing_id() => Assert.Equal("(none)", LoggedId.Of(null));

    [Fact]
    public void Should_never_let_an_id_start_a_new_log_line()
    {
        var logged = LoggedId.Of("r1\r\n[ERR] Storage account key is abc");

        Assert.DoesNotContain('\n', logged);
        Assert.DoesNotContain('\r', logged);
        Assert.StartsWith("r1???ERR??Storage", logged);
        Assert.EndsWith("(36 characters)", logged);
    }

    [Fact]
    public void Should_shorten_a_very_long_id_and_give_its_length()
    {
        var logged = LoggedId.Of(new string('a', 100_000));

        Assert.Equal(new string('a', 32) + "... (100000 characters)", logged);
    }
}
