using ElcBot.Bot.Installation;
using ElcBot.Core.Panels;
using Microsoft.Bot.Builder;

namespace ElcBot.Bot.Panels;

/// <summary>Who is acting in a turn, and how to reach someone later from where this turn came from.</summary>
public static class PanelTurns
{
    public static PanelActor Actor(ITurnContext turnContext)
    {
        var from = turnContext.Activity.From;
        return new PanelActor(from?.Id ?? string.Empty, string.IsNullOrWhiteSpace(from?.Name) ? "A facilitator" : from.Name);
    }

    /// <summary>The same service, bot and tenant as this turn: a panel member is reached where they were added.</summary>
    public static PanelAddress Address(ITurnContext turnContext)
    {
        var activity = turnContext.Activity;
        return new PanelAddress(activity.ChannelId, activity.ServiceUrl, activity.Recipient?.Id ?? string.Empty, ConversationRegistrar.TenantOf(activity));
    }
}
