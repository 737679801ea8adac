using System.Net;
using ElcBot.Bot.Cards;
using ElcBot.Bot.Proactive;
using ElcBot.Core.Updates;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace ElcBot.Bot.Updates;

/// <summary>Sends an update to one person's personal chat through the SDK: into the chat they asked from, or one Teams opens.</summary>
/// <remarks>
/// Teams answers 403 or 404 when the person removed the bot (or it shares no team with them any more): they are skipped,
/// and so is anyone Teams cannot be reached for after <see cref="TeamsRetry"/> has tried again; only cancellation stops the run.
/// </remarks>
public sealed partial class UpdateMessenger(CloudAdapter adapter, TeamsRetry retry, IConfiguration configuration, ILogger<UpdateMessenger> logger) : IUpdateNotifier
{
    public async Task<NotifyOutcome> NotifyAsync(string address, UpdateNotice notice, CancellationToken cancellationToken)
    {
        if (PersonalChatAddress.FromJson(address) is not { } to)
        {
            return NotifyOutcome.AddressUnusable;
        }

        var message = UpdateNoticeCard.Build(notice).ToMessage(UpdateNoticeCard.Title);
        // The SDK reads the bot's app id from this same setting; empty when running locally without authentication.
        var appId = configuration["MicrosoftAppId"] ?? string.Empty;
        var outcome = NotifyOutcome.Sent;
        // Failures are caught inside the callback too: the adapter would otherwise hand them to its turn error handler.
        BotCallbackHandler send = async (turn, ct) => outcome = await TrySendAsync(turn, message, ct).ConfigureAwait(false);
        try
        {
            if (to.ConversationId is { } chat)
            {
                var reference = new ConversationReference
                {
                    ChannelId = to.ChannelId,
                    ServiceUrl = to.ServiceUrl,
                    Bot = new ChannelAccount(to.BotId),
                    User = new ChannelAccount(to.UserId),
                    Conversation = new ConversationAccount(id: chat, conversationType: "personal", tenantId: to.TenantId),
                };
                await retry.RunAsync(ct => adapter.ContinueConversationAsync(appId, reference, send, ct), cancellationToken).ConfigureAwait(false);
            }
            else
            {
                var parameters = new ConversationParameters
                {
                    IsGroup = false,
                    // Teams needs to know which bot starts the chat, as well as whom it is with.
                    Bot = new ChannelAccount(to.BotId),
                    Members = [new ChannelAccount(to.UserId)],
                    TenantId = to.TenantId,
                };
                // Opening the chat is tried again too; the send inside it does its own retrying and never throws.
                await retry.RunAsync(ct => adapter.CreateConversationAsync(appId, to.ChannelId, to.ServiceUrl, AuthenticationConstants.ToChannelFromBotOAuthScope, parameters, send, ct), cancellationToken)
                    .ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Opening the chat failed before anything was sent.
            outcome = Classify(ex);
        }

        return outcome;
    }

    private async Task<NotifyOutcome> TrySendAsync(ITurnContext turn, IActivity message, CancellationToken cancellationToken)
    {
        try
        {
            await retry.RunAsync(ct => turn.SendActivityAsync(message, ct), cancellationToken).ConfigureAwait(false);
            return NotifyOutcome.Sent;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return Classify(ex);
        }
    }

    private NotifyOutcome Classify(Exception exception)
    {
        if (exception is ErrorResponseException { Response.StatusCode: HttpStatusCode.Forbidden or HttpStatusCode.NotFound } refused)
        {
            LogUnreachable(logger, (int)refused.Response.StatusCode);
            return NotifyOutcome.Unreachable;
        }

        LogFailed(logger, exception.GetType().Name);
        return NotifyOutcome.Failed;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Update message refused with {StatusCode}: the person removed the bot or shares no team with it")]
    private static partial void LogUnreachable(ILogger logger, int statusCode);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Update message could not be sent ({Reason})")]
    private static partial void LogFailed(ILogger logger, string reason);
}
