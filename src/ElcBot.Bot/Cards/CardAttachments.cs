using System.Text.Json.Nodes;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace ElcBot.Bot.Cards;

/// <summary>Wraps a card built as JSON into a Bot Framework attachment.</summary>
/// <remarks>The SDK's own AdaptiveCard helpers need a package this registry does not serve; see docs/decisions.</remarks>
public static class CardAttachments
{
    public const string AdaptiveCardContentType = "application/vnd.microsoft.card.adaptive";

    public static Attachment ToAttachment(this JsonObject card) => new()
    {
        ContentType = AdaptiveCardContentType,
        Content = JObject.Parse(card.ToJsonString()),
    };

    public static IMessageActivity ToMessage(this JsonObject card, string? summaryText = null)
    {
        var message = MessageFactory.Attachment(card.ToAttachment());
        // Shown in notifications and by clients that cannot draw cards.
        message.Summary = summaryText;
        return message;
    }
}
