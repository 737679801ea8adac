using ElcBot.Storage.Tables;

namespace ElcBot.Tests.Storage;

public sealed class TablePrefixRuleTests
{
    [Theory]
    [InlineData("elc")]
    [InlineData("t0123456789ab")]
    [InlineData("")]
    public void Should_allow_the_prefix_when_every_table_name_made_from_it_is_valid(string prefix)
    {
        Assert.True(TablePrefixRule.Allows(prefix));
    }

    [Theory]
    [InlineData("elc-bot")]
    [InlineData("1elc")]
    [InlineData("elc_")]
    public void Should_refuse_the_prefix_when_it_holds_more_than_letters_and_digits_after_a_letter(string prefix)
    {
        Assert.False(TablePrefixRule.Allows(prefix));
    }

    [Fact]
    public void Should_refuse_the_prefix_when_the_longest_table_name_would_pass_63_characters()
    {
        var longest = TableNames.All.Max(name => name.Length);

        Assert.True(TablePrefixRule.Allows(new string('a', 63 - longest)));
        Assert.False(TablePrefixRule.Allows(new string('a', 64 - longest)));
    }
}
