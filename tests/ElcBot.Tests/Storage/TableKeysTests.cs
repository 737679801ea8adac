using ElcBot.Storage.Tables;

namespace ElcBot.Tests.Storage;

public sealed class TableKeysTests
{
    [Theory]
    [InlineData("a/b", "a%2Fb")]
    [InlineData("a\\b", "a%5Cb")]
    [InlineData("a#b?c", "a%23b%3Fc")]
    [InlineData("100%", "100%25")]
    [InlineData("tab\there", "tab%09here")]
    [InlineData("19:abc@thread.tacv2", "19:abc@thread.tacv2")]
    public void Should_escape_forbidden_characters_when_they_appear_in_a_key(string key, string expected) =>
        Assert.Equal(expected, TableKeys.Sanitise(key));

    [Fact]
    public void Should_keep_distinct_keys_distinct_when_one_looks_like_an_escape_of_the_other() =>
        Assert.NotEqual(TableKeys.Sanitise("a/b"), TableKeys.Sanitise("a%2Fb"));

    [Fact]
    public void Should_escape_a_lone_surrogate_but_keep_a_real_emoji()
    {
        Assert.Equal("x%D800y", TableKeys.Sanitise("x\uD800y"));
        Assert.Equal("🙂", TableKeys.Sanitise("🙂"));
    }

    [Fact]
    public void Should_shorten_with_a_hash_when_the_key_is_very_long()
    {
        var first = TableKeys.Sanitise(new string('a', 2000) + "1");
        var second = TableKeys.Sanitise(new string('a', 2000) + "2");

        Assert.True(first.Length <= 400, $"length was {first.Length}");
        Assert.NotEqual(first, second);
    }

    [Fact]
    public void Should_never_leave_a_forbidden_character_when_given_every_character()
    {
        var everything = new string(Enumerable.Range(0, 0x3000).Select(i => (char)i).ToArray());

        var key = TableKeys.Sanitise(everything);

        Assert.DoesNotContain(key, c => c is '/' or '\\' or '#' or '?' || char.IsControl(c));
    }
}
