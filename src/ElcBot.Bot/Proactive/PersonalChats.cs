using ElcBot.Bot.Hosting;
using ElcBot.Bot.Updates;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging;

namespace ElcBot.Bot.Proactive;

/// <summary>
/// Sends one person a message in their personal chat with the bot, whatever conversation (if any) the bot is answering:
/// into the chat they wrote from, or one Teams opens (it hands back the same chat each time). Used for "you said, we did"
/// news and review panel messages.
/// </summary>
/// <remarks>
/// A busy or briefly failing Teams is tried again (<see cref="TeamsRetry"/>). Nothing is thrown but cancellation: one
/// person who cannot be reached must not stop the others getting theirs.
/// </remarks>
public sealed partial class PersonalChats(CloudAdapter adapter, TeamsRetry retry, BotAppId botAppId, ILogger<PersonalChats> logger)
{
    public async Task<PersonalSend> SendAsync(PersonalChatAddress to, IActivity message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(to);
        if (!Uri.TryCreate(to.ServiceUrl, UriKind.Absolute, out _))
        {
            // Teams always sends one; a test or emulator turn may not, and there is then nowhere to send to.
            return PersonalSend.Unusable;
        }

        // The SDK reads the bot's app id from this same setting; empty when running locally without authentication.
        var appId = botAppId.Value;
        var outcome = PersonalSend.Sent;
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
                await adapter.ContinueConversationAsync(appId, reference, send, cancellationToken).ConfigureAwait(false);
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
                await retry.RunAsync(
                    ct => adapter.CreateConversationAsync(appId, to.ChannelId, to.ServiceUrl, AuthenticationConstants.ToChannelFromBotOAuthScope, parameters, send, ct),
                    cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Opening the chat failed before anything was sent.
            outcome = Classify(ex);
        }

        return outcome;
    }

    private async Task<PersonalSend> TrySendAsync(ITurnContext turn, IActivity message, CancellationToken cancellationToken)
    {
        try
        {
            await retry.RunAsync(ct => turn.SendActivityAsync(message, ct), cancellationToken).ConfigureAwait(false);
            return PersonalSend.Sent;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return Classify(ex);
        }
    }

    private PersonalSend Classify(Exception exception)
    {
        if (TeamsAnswer.IsRefusal(exception))
        {
            LogRefused(logger, TeamsAnswer.StatusOf(exception));
            return PersonalSend.Refused;
        }

        LogFailed(logger, TeamsAnswer.StatusOf(exception) is var status and > 0 ? status.ToString(System.Globalization.CultureInfo.InvariantCulture) : exception.GetType().Name);
        return PersonalSend.Failed;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Personal message refused with {StatusCode}: the person removed the bot or shares no team with it")]
    private static partial void LogRefused(ILogger logger, int statusCode);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Personal message could not be sent ({Reason})")]
    private static partial void LogFailed(ILogger logger, string reason);
}

/// <summary>Whether a personal message reached the person.</summary>
public enum PersonalSend
{
    Sent,

    /// <summary>Teams refused (403 or 404): the person removed the bot, or the bot is in no chat with them.</summary>
    Refused,

    /// <summary>The address has nowhere to send to.</summary>
    Unusable,

    /// <summary>Teams or the network still failed after the retries; nothing was sent.</summary>
    Failed,
}
