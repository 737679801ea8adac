using ElcBot.Bot.Cards;
using ElcBot.Bot.Proactive;
using ElcBot.Core.Updates;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json;

namespace ElcBot.Bot.Updates;

/// <summary>Posts the "update sent" card where the facilitator pressed send, when the messages finished after the press was answered.</summary>
public sealed partial class ProactiveDeliveryReporter(ProactivePoster poster, ILogger<ProactiveDeliveryReporter> logger) : IDeliveryReporter
{
    public async Task ReportAsync(string reportTo, ProgressUpdate update, DeliveryReport report, CancellationToken cancellationToken)
    {
        try
        {
            var reference = JsonConvert.DeserializeObject<ConversationReference>(reportTo);
            if (reference?.Conversation?.Id is null)
            {
                LogNotPosted(logger, update.UpdateId, "the conversation could not be read");
                return;
            }

            var outcome = await poster.PostAsync(reference, UpdateSentCard.Build(update, report).ToMessage(UpdateSentCard.Title), cancellationToken).ConfigureAwait(false);
            if (outcome != ProactiveOutcome.Posted)
            {
                LogNotPosted(logger, update.UpdateId, outcome.ToString());
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The messages themselves went; only the note to the facilitator is missing, and the next summary shows the update.
            LogFailed(logger, ex, update.UpdateId);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "How update {UpdateId} went was not posted: {Reason}")]
    private static partial void LogNotPosted(ILogger logger, string updateId, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "How update {UpdateId} went could not be posted")]
    private static partial void LogFailed(ILogger logger, Exception exception, string updateId);
}
