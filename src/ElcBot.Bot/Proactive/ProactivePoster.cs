using ElcBot.Core.Conversations;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json;

namespace ElcBot.Bot.Proactive;

/// <summary>Posts into a conversation the bot was added to, outside any turn, through the SDK's CloudAdapter.</summary>
/// <remarks>A busy or briefly failing Teams is tried again (<see cref="TeamsRetry"/>); a failure left after that is thrown.</remarks>
public sealed partial class ProactivePoster(
    CloudAdapter adapter,
    TeamsRetry retry,
    IConversationDirectory conversations,
    IConfiguration configuration,
    ILogger<ProactivePoster> logger)
{
    /// <returns>The outcome; <see cref="ProactiveOutcome.BotRemoved"/> when Teams says the bot is no longer there.</returns>
    public async Task<ProactiveOutcome> PostAsync(string conversationId, IActivity activity, CancellationToken cancellationToken)
    {
        var conversation = await conversations.FindAsync(conversationId, cancellationToken).ConfigureAwait(false);
        if (conversation is null)
        {
            return ProactiveOutcome.ConversationUnknown;
        }

        return await PostAsync(JsonConvert.DeserializeObject<ConversationReference>(conversation.ReferenceJson)!, activity, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Posts where a turn came from, using the reference kept from that turn.</summary>
    public async Task<ProactiveOutcome> PostAsync(ConversationReference reference, IActivity activity, CancellationToken cancellationToken)
    {
        // The SDK reads the bot's app id from this same setting; empty when running locally without authentication.
        var appId = configuration["MicrosoftAppId"] ?? string.Empty;
        var outcome = ProactiveOutcome.Posted;
        // Caught inside the callback: the adapter would otherwise hand the failure to its turn error handler.
        await adapter.ContinueConversationAsync(appId, reference, async (turn, ct) =>
        {
            try
            {
                await retry.RunAsync(token => turn.SendActivityAsync(activity, token), ct).ConfigureAwait(false);
            }
            catch (Exception ex) when (TeamsAnswer.IsRefusal(ex))
            {
                LogRemoved(logger, TeamsAnswer.StatusOf(ex));
                outcome = ProactiveOutcome.BotRemoved;
            }
        }, cancellationToken).ConfigureAwait(false);
        return outcome;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Proactive post refused with {StatusCode}: the bot is no longer in the conversation")]
    private static partial void LogRemoved(ILogger logger, int statusCode);
}

/// <summary>What happened to a proactive post.</summary>
public enum ProactiveOutcome
{
    Posted,
    BotRemoved,
    ConversationUnknown,
}
