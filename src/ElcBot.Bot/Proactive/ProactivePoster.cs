using ElcBot.Bot.Hosting;
using ElcBot.Core.Conversations;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json;

namespace ElcBot.Bot.Proactive;

/// <summary>Posts into a conversation the bot was added to, outside any turn, through the SDK's CloudAdapter.</summary>
/// <remarks>A busy or briefly failing Teams is tried again (<see cref="TeamsRetry"/>); a failure left after that is thrown.</remarks>
public sealed partial class ProactivePoster(
    CloudAdapter adapter,
    TeamsRetry retry,
    IConversationDirectory conversations,
    BotAppId botAppId,
    ILogger<ProactivePoster> logger) : IPostedMessageReplacer
{
    /// <returns>The outcome; <see cref="ProactiveOutcome.BotRemoved"/> when Teams says the bot is no longer there.</returns>
    public async Task<ProactiveOutcome> PostAsync(string conversationId, IActivity activity, CancellationToken cancellationToken) =>
        (await PostKeepingIdAsync(conversationId, activity, cancellationToken).ConfigureAwait(false)).Outcome;

    /// <returns>The outcome and, once posted, the id Teams gave the message, so it can be changed later.</returns>
    public async Task<ProactivePost> PostKeepingIdAsync(string conversationId, IActivity activity, CancellationToken cancellationToken) =>
        await ReferenceAsync(conversationId, cancellationToken).ConfigureAwait(false) is { } reference
            ? await SendAsync(reference, (turn, token) => turn.SendActivityAsync(activity, token), cancellationToken).ConfigureAwait(false)
            : new ProactivePost(ProactiveOutcome.ConversationUnknown, null);

    /// <summary>Posts where a turn came from, using the reference kept from that turn.</summary>
    public async Task<ProactiveOutcome> PostAsync(ConversationReference reference, IActivity activity, CancellationToken cancellationToken) =>
        (await SendAsync(reference, (turn, token) => turn.SendActivityAsync(activity, token), cancellationToken).ConfigureAwait(false)).Outcome;

    /// <summary>Shows <paramref name="activity"/> in place of a message posted earlier (one that kept its id).</summary>
    public async Task<ProactiveOutcome> ReplaceAsync(string conversationId, string messageId, IActivity activity, CancellationToken cancellationToken)
    {
        if (await ReferenceAsync(conversationId, cancellationToken).ConfigureAwait(false) is not { } reference)
        {
            return ProactiveOutcome.ConversationUnknown;
        }

        return await ReplaceAsync(reference, messageId, activity, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Shows <paramref name="activity"/> in place of a message posted where <paramref name="reference"/> points (a channel thread too).</summary>
    public async Task<ProactiveOutcome> ReplaceAsync(ConversationReference reference, string messageId, IActivity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        activity.Id = messageId;
        return (await SendAsync(reference, (turn, token) => turn.UpdateActivityAsync(activity, token), cancellationToken).ConfigureAwait(false)).Outcome;
    }

    private async Task<ConversationReference?> ReferenceAsync(string conversationId, CancellationToken cancellationToken) =>
        await conversations.FindAsync(conversationId, cancellationToken).ConfigureAwait(false) is { } conversation
            ? JsonConvert.DeserializeObject<ConversationReference>(conversation.ReferenceJson)
            : null;

    private async Task<ProactivePost> SendAsync(ConversationReference reference, Func<ITurnContext, CancellationToken, Task<ResourceResponse>> send, CancellationToken cancellationToken)
    {
        // The SDK reads the bot's app id from this same setting; empty when running locally without authentication.
        var appId = botAppId.Value;
        var post = new ProactivePost(ProactiveOutcome.Posted, null);
        // Caught inside the callback: the adapter would otherwise hand the failure to its turn error handler.
        await adapter.ContinueConversationAsync(appId, reference, async (turn, ct) =>
        {
            try
            {
                var response = await retry.RunAsync(token => send(turn, token), ct).ConfigureAwait(false);
                post = post with { MessageId = response?.Id };
            }
            catch (Exception ex) when (TeamsAnswer.IsRefusal(ex))
            {
                LogRemoved(logger, TeamsAnswer.StatusOf(ex));
                post = post with { Outcome = ProactiveOutcome.BotRemoved };
            }
        }, cancellationToken).ConfigureAwait(false);
        return post;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Proactive post refused with {StatusCode}: the bot is no longer in the conversation")]
    private static partial void LogRemoved(ILogger logger, int statusCode);
}

/// <summary>What happened to a proactive post, and the id Teams gave the message when it was posted.</summary>
public sealed record ProactivePost(ProactiveOutcome Outcome, string? MessageId);

/// <summary>What happened to a proactive post.</summary>
public enum ProactiveOutcome
{
    Posted,
    BotRemoved,
    ConversationUnknown,
}
