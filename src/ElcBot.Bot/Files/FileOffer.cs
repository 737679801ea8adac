using ElcBot.Bot.Hosting;
using ElcBot.Core.Files;
using ElcBot.Core.Summaries;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using Microsoft.Bot.Schema.Teams;
using Newtonsoft.Json.Linq;

namespace ElcBot.Bot.Files;

/// <summary>
/// Offers a file to the person in the turn, in their personal chat with the bot. Teams lets bots send files
/// only there, and only after the person accepts a consent card; the file waits in storage until then.
/// </summary>
public sealed class FileOffer(IPendingFileStore files, BotAppId botAppId, TimeProvider time)
{
    /// <param name="turnContext">The turn of the person the file is for.</param>
    /// <param name="roundId">The round whose words the file holds, so erasing them deletes the file too.</param>
    /// <param name="fileName">The name shown in Teams.</param>
    /// <param name="description">What the file is, shown on the consent card.</param>
    /// <param name="content">The spreadsheet's text.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>True when the offer went to a new personal chat (so the caller can say where to look).</returns>
    public async Task<bool> OfferAsync(ITurnContext turnContext, string roundId, string fileName, string description, string content, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        var file = new PendingFile(Guid.NewGuid().ToString("N"), activity.From.Id, fileName, content, time.GetUtcNow(), roundId);
        await files.SaveAsync(file, cancellationToken).ConfigureAwait(false);
        var consent = ConsentMessage(file, description);

        if (activity.Conversation?.ConversationType == "personal")
        {
            await turnContext.SendActivityAsync(consent, cancellationToken).ConfigureAwait(false);
            return false;
        }

        var parameters = new ConversationParameters
        {
            IsGroup = false,
            // Teams needs to know which bot starts the chat, as well as whom it is with.
            Bot = activity.Recipient,
            Members = [new ChannelAccount(activity.From.Id)],
            TenantId = activity.Conversation?.TenantId ?? (activity.ChannelData as JObject)?["tenant"]?["id"]?.ToString(),
        };
        var adapter = (CloudAdapterBase)turnContext.Adapter;
        await adapter.CreateConversationAsync(
            botAppId.Value,
            activity.ChannelId,
            activity.ServiceUrl,
            AuthenticationConstants.ToChannelFromBotOAuthScope,
            parameters,
            (personal, ct) => personal.SendActivityAsync(consent, ct),
            cancellationToken).ConfigureAwait(false);
        return true;
    }

    private static IMessageActivity ConsentMessage(PendingFile file, string description)
    {
        var context = new JObject { ["fileId"] = file.FileId };
        var card = new FileConsentCard
        {
            Description = description,
            SizeInBytes = SpreadsheetWriter.FileSize(file.Content),
            AcceptContext = context,
            DeclineContext = context,
        };
        return MessageFactory.Attachment(new Attachment { ContentType = FileConsentCard.ContentType, Name = file.FileName, Content = card });
    }
}
