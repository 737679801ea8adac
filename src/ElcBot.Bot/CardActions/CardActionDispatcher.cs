using System.Text.Json.Nodes;
using ElcBot.Bot.Cards;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json.Linq;

namespace ElcBot.Bot.CardActions;

/// <summary>Runs a card action from either path Teams uses, and shows the result the way that path allows.</summary>
/// <remarks>
/// Universal Actions (invoke <c>adaptiveCard/action</c>) answer with the replacement card in the invoke response, which
/// Teams shows only to the presser; a result meant for everyone also updates the pressed message.
/// The Action.Submit fallback arrives as a message with <c>value</c>, and cannot show a card to one person: in a
/// personal chat the pressed card is updated through its ReplyToId, in a channel or group chat only a result meant
/// for everyone updates it, and the presser's own answer comes as a new message.
/// </remarks>
public sealed partial class CardActionDispatcher(CardActionRouter router, ILogger<CardActionDispatcher> logger)
{
    public const string MessageType = "application/vnd.microsoft.activity.message";

    public async Task<AdaptiveCardInvokeResponse> InvokeAsync(ITurnContext turnContext, AdaptiveCardInvokeValue invokeValue, CancellationToken cancellationToken)
    {
        var data = invokeValue.Action?.Data switch
        {
            JObject json => json,
            null => [],
            var other => JToken.FromObject(other) as JObject ?? [],
        };
        var action = CardActionRouter.ActionOf(data, invokeValue.Action?.Verb);
        var result = await RunAsync(turnContext, action, data, cancellationToken).ConfigureAwait(false);
        if (result.ForEveryone is { } shared)
        {
            await UpdateForEveryoneAsync(turnContext, shared, cancellationToken).ConfigureAwait(false);
        }

        return result.Card is { } card
            ? new AdaptiveCardInvokeResponse { StatusCode = 200, Type = CardAttachments.AdaptiveCardContentType, Value = JObject.Parse(card.ToJsonString()) }
            : new AdaptiveCardInvokeResponse { StatusCode = 200, Type = MessageType, Value = result.Message is { } words ? CardActionReplies.Plain(words) : null };
    }

    /// <returns>False when the message's value is not one of our card actions (it is then read as typed text).</returns>
    public async Task<bool> TrySubmitAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        if (turnContext.Activity.Value is not JObject data || CardActionRouter.ActionOf(data) is not { } action)
        {
            return false;
        }

        var result = await RunAsync(turnContext, action, data, cancellationToken).ConfigureAwait(false);
        var personal = turnContext.Activity.Conversation?.ConversationType == "personal";
        if (result.ForEveryone is { } shared && !personal)
        {
            // Everyone sees the pressed message, so it takes the card meant for everyone, never the presser's own words.
            await UpdateForEveryoneAsync(turnContext, shared, cancellationToken).ConfigureAwait(false);
            return true;
        }

        if (result.Card is null || (result.SaidWhereAllSee is not null && !personal))
        {
            // A card holding the presser's own words (a form sent back) would be posted for everyone here: words instead.
            // The pressed form stays as the person left it, with what they typed still in it.
            await turnContext.SendActivityAsync(MessageFactory.Text(result.Card is null ? result.Message : result.SaidWhereAllSee), cancellationToken).ConfigureAwait(false);
            return true;
        }

        var message = result.Card.ToMessage();
        if (turnContext.Activity.ReplyToId is { Length: > 0 } pressed && personal)
        {
            try
            {
                message.Id = pressed;
                await turnContext.UpdateActivityAsync(message, cancellationToken).ConfigureAwait(false);
                return true;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // Some clients and channels cannot update a card: send the result as a new message instead.
                LogUpdateFailed(logger, ex.GetType().Name);
                message.Id = null;
            }
        }

        // In a channel or group chat the pressed card is shared (a round card, a summary): a card meant for the
        // presser replacing it would take it away from everyone, so the answer comes as a new message instead.
        await turnContext.SendActivityAsync(message, cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>Changes the pressed message itself, which is what everyone else in the conversation sees.</summary>
    /// <remarks>Teams names the pressed message in the invoke's ReplyToId, as it does for an Action.Submit message.</remarks>
    private async Task UpdateForEveryoneAsync(ITurnContext turnContext, JsonObject card, CancellationToken cancellationToken)
    {
        if (turnContext.Activity.ReplyToId is not { Length: > 0 } pressed)
        {
            LogNoPressedMessage(logger);
            return;
        }

        var message = card.ToMessage();
        message.Id = pressed;
        try
        {
            await turnContext.UpdateActivityAsync(message, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The presser still gets their card in the invoke response; the others see the old card until it next changes.
            LogUpdateForEveryoneFailed(logger, ex.GetType().Name);
        }
    }

    private async Task<CardActionResult> RunAsync(ITurnContext turnContext, string? action, JObject data, CancellationToken cancellationToken)
    {
        var handler = router.Find(action);
        if (handler is null)
        {
            LogUnknown(logger, action?.Length ?? 0);
            return CardActionResult.Say(NoticeCard.StaleButton);
        }

        LogAction(logger, handler.Action);
        return await handler.HandleAsync(turnContext, data, cancellationToken).ConfigureAwait(false);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Card action {Action}")]
    private static partial void LogAction(ILogger logger, string action);

    [LoggerMessage(Level = LogLevel.Information, Message = "Unknown card action ({Length} characters)")]
    private static partial void LogUnknown(ILogger logger, int length);

    [LoggerMessage(Level = LogLevel.Information, Message = "Could not update the pressed card ({Reason}); sending a new message")]
    private static partial void LogUpdateFailed(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not update the pressed card for everyone ({Reason}); only the person who pressed sees the change")]
    private static partial void LogUpdateForEveryoneFailed(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "The press names no message to update for everyone; only the person who pressed sees the change")]
    private static partial void LogNoPressedMessage(ILogger logger);
}
