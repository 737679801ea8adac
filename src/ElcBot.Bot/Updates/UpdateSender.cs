using ElcBot.Core.Updates;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ElcBot.Bot.Updates;

/// <summary>
/// Sends a saved update to everyone who asked to hear, answering the facilitator's press within a few seconds either way:
/// with how many it reached, or with "sending now" and a note in the same place once it is done.
/// </summary>
/// <remarks>
/// Teams waits only a few seconds for a card press and then gives up (and may send it again), while a large theme can
/// take minutes. So the messages go on the host's lifetime, never the request's, and the delivery is noted as pending
/// first: if the service stops part-way, <see cref="UnfinishedDeliveries"/> finishes it after a restart.
/// </remarks>
public sealed partial class UpdateSender(
    IPendingDeliveries pending,
    UnfinishedDeliveries deliveries,
    UpdateDelivery delivery,
    IDeliveryReporter reporter,
    IHostApplicationLifetime lifetime,
    IOptions<UpdateOptions> options,
    TimeProvider time,
    ILogger<UpdateSender> logger)
{
    /// <param name="reportTo">Where the press came from (a conversation reference as JSON), for the note when sending ends late.</param>
    public async Task<SendProgress> SendAsync(ProgressUpdate update, string reportTo, CancellationToken cancellationToken)
    {
        await pending.AddAsync(new PendingDelivery(update.RoundId, update.UpdateId, reportTo, time.GetUtcNow()), cancellationToken).ConfigureAwait(false);
        var stopping = lifetime.ApplicationStopping;
        var work = Task.Run(() => deliveries.DeliverAsync(update, stopping), stopping);
        var waited = Task.Delay(TimeSpan.FromSeconds(options.Value.AnswerWithinSeconds), time, cancellationToken);
        if (await Task.WhenAny(work, waited).ConfigureAwait(false) == work)
        {
            return new SendProgress((await work.ConfigureAwait(false)).Report, null);
        }

        LogStillSending(logger, update.UpdateId, update.RoundId);
        _ = ReportWhenDoneAsync(work, update, reportTo, stopping);
        return new SendProgress(null, await delivery.SubjectTextAsync(update, cancellationToken).ConfigureAwait(false));
    }

    private async Task ReportWhenDoneAsync(Task<(DeliveryReport Report, bool FinishedHere)> work, ProgressUpdate update, string reportTo, CancellationToken stopping)
    {
        try
        {
            var (report, finishedHere) = await work.ConfigureAwait(false);
            // Not finished here: another run still holds some people, and whichever run finishes last reports.
            if (finishedHere)
            {
                await reporter.ReportAsync(reportTo, update, report, stopping).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException)
        {
            // Shutting down: the delivery stays pending and is finished after the restart.
        }
        catch (Exception ex)
        {
            LogFailed(logger, ex, update.UpdateId, update.RoundId);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Update {UpdateId} in round {RoundId} is still being sent; the facilitator will be told when it is done")]
    private static partial void LogStillSending(ILogger logger, string updateId, string roundId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sending update {UpdateId} in round {RoundId} stopped; it stays pending and is finished later")]
    private static partial void LogFailed(ILogger logger, Exception exception, string updateId, string roundId);
}

/// <summary>How far sending got by the time the press is answered.</summary>
/// <param name="Report">How it went, when it finished in time; null while it is still sending.</param>
/// <param name="SubjectText">While still sending: what the update is about, for the card that says so.</param>
public sealed record SendProgress(DeliveryReport? Report, string? SubjectText);
