using ElcBot.Bot.Panels;
using ElcBot.Core.Panels;

namespace ElcBot.Tests.Panels;

/// <summary>What a panel member is told when an approved draft cannot be posted: the draft is kept, and what to do.</summary>
public sealed class PanelPublishRepliesTests
{
    [Theory]
    [InlineData(PanelPublishOutcome.BotRemoved, PanelReplies.BotRemoved)]
    [InlineData(PanelPublishOutcome.ConversationUnknown, PanelReplies.ChannelUnknown)]
    public void Should_say_the_draft_is_kept_and_what_a_facilitator_can_do_when_it_cannot_be_posted(PanelPublishOutcome outcome, string expected)
    {
        var message = new PanelPublishResult(outcome, new PublishClaim(ClaimOutcome.Claimed, PanelSamples.Draft(), [])).Message;

        Assert.Equal(expected, message);
        Assert.Contains("The draft is kept.", message);
        Assert.Contains("**panel publish**", message);
    }
}
