using ElcBot.Core.Conversations;

namespace ElcBot.Tests.Summaries;

public sealed class ConversationIdsTests
{
    [Theory]
    [InlineData("19:abc@thread.tacv2;messageid=1498171086622", "19:abc@thread.tacv2")]
    [InlineData("19:abc@thread.tacv2", "19:abc@thread.tacv2")]
    [InlineData("a:personal", "a:personal")]
    public void Should_compare_a_thread_reply_with_its_channel(string id, string expected) =>
        Assert.Equal(expected, ConversationIds.Base(id));
}
