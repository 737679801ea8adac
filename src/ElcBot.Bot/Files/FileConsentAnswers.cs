using System.Net.Http.Headers;
using ElcBot.Core.Files;
using ElcBot.Core.Summaries;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Bot.Schema.Teams;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json.Linq;

namespace ElcBot.Bot.Files;

/// <summary>What happens when someone accepts or declines an offered file.</summary>
public sealed partial class FileConsentAnswers(IPendingFileStore files, IHttpClientFactory http, TimeProvider time, ILogger<FileConsentAnswers> logger)
{
    /// <summary>
    /// One answer for an offer that has lapsed, been cleared away or been taken back: a lapsed offer may already have
    /// been deleted by the daily clean-up, and the person needs the same thing either way.
    /// </summary>
    public const string Gone = "Sorry, that spreadsheet is no longer here. Offers last a day, and one is taken back when someone's words leave the round. Please ask for it again, and I'll send you a new one.";
    public const string Declined = "No problem, I haven't sent the file.";

    public async Task AcceptAsync(ITurnContext turnContext, FileConsentCardResponse response, CancellationToken cancellationToken)
    {
        var file = await FindAsync(turnContext, response, cancellationToken).ConfigureAwait(false);
        if (file is null || response.UploadInfo?.UploadUrl is not { } uploadUrl)
        {
            await turnContext.SendActivityAsync(MessageFactory.Text(Gone), cancellationToken).ConfigureAwait(false);
            return;
        }

        if (file.HasExpired(time.GetUtcNow()))
        {
            // A day-old copy may hold words changed or taken back since; a new one is made from what is kept now.
            await files.DeleteAsync(file.FileId, cancellationToken).ConfigureAwait(false);
            await turnContext.SendActivityAsync(MessageFactory.Text(Gone), cancellationToken).ConfigureAwait(false);
            return;
        }

        // Every file offered is a spreadsheet.
        var bytes = SpreadsheetWriter.ToFileBytes(file.Content);
        using var upload = new ByteArrayContent(bytes);
        upload.Headers.ContentRange = new ContentRangeHeaderValue(0, Math.Max(0, bytes.Length - 1), bytes.Length);
        using var client = http.CreateClient(nameof(FileConsentAnswers));
        using var put = await client.PutAsync(uploadUrl, upload, cancellationToken).ConfigureAwait(false);
        put.EnsureSuccessStatusCode();
        await files.DeleteAsync(file.FileId, cancellationToken).ConfigureAwait(false);
        LogUploaded(logger, bytes.Length);

        var info = new FileInfoCard { UniqueId = response.UploadInfo.UniqueId, FileType = response.UploadInfo.FileType };
        var message = MessageFactory.Attachment(new Attachment
        {
            ContentType = FileInfoCard.ContentType,
            ContentUrl = response.UploadInfo.ContentUrl,
            Name = response.UploadInfo.Name,
            Content = info,
        });
        message.Text = "Here is your spreadsheet.";
        await turnContext.SendActivityAsync(message, cancellationToken).ConfigureAwait(false);
    }

    public async Task DeclineAsync(ITurnContext turnContext, FileConsentCardResponse response, CancellationToken cancellationToken)
    {
        if (await FindAsync(turnContext, response, cancellationToken).ConfigureAwait(false) is { } file)
        {
            await files.DeleteAsync(file.FileId, cancellationToken).ConfigureAwait(false);
        }

        await turnContext.SendActivityAsync(MessageFactory.Text(Declined), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Only the person the file was offered to may take it.</summary>
    private async Task<PendingFile?> FindAsync(ITurnContext turnContext, FileConsentCardResponse response, CancellationToken cancellationToken)
    {
        var fileId = (response.Context as JObject)?["fileId"]?.ToString();
        if (string.IsNullOrEmpty(fileId))
        {
            return null;
        }

        var file = await files.FindAsync(fileId, cancellationToken).ConfigureAwait(false);
        return file?.RecipientId == turnContext.Activity.From?.Id ? file : null;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Uploaded an accepted file of {Bytes} bytes")]
    private static partial void LogUploaded(ILogger logger, int bytes);
}
