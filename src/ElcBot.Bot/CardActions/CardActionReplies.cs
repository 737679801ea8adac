using System.Net;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace ElcBot.Bot.CardActions;

/// <summary>Answers a card button press with a short message instead of a new card, so the pressed card stays as it was.</summary>
/// <remarks>With Universal Actions, Teams shows the message by the card and leaves the card, and anything typed into it, untouched.</remarks>
public static class CardActionReplies
{
    public const string InvokeName = "adaptiveCard/action";

    public static bool IsCardAction(IActivity? activity) => activity is IInvokeActivity { Type: ActivityTypes.Invoke, Name: InvokeName };

    /// <summary>The invoke response to send (as an activity) for a press that can only be answered in words.</summary>
    public static Activity Message(string text) => new(ActivityTypesEx.InvokeResponse)
    {
        Value = new InvokeResponse
        {
            Status = (int)HttpStatusCode.OK,
            Body = new AdaptiveCardInvokeResponse { StatusCode = (int)HttpStatusCode.OK, Type = CardActionDispatcher.MessageType, Value = Plain(text) },
        },
    };

    /// <summary>
    /// The words without Markdown: Teams shows the message answering a press as plain text, so "type **help**" would
    /// show its asterisks. The same words sent as a chat message keep their bold.
    /// </summary>
    public static string Plain(string text) => text.Replace("**", string.Empty, StringComparison.Ordinal);
}
