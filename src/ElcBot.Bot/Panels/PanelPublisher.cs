using ElcBot.Bot.Cards;
using ElcBot.Bot.Proactive;
using ElcBot.Bot.Summaries;
using ElcBot.Core.Panels;
using ElcBot.Core.Summaries;
using Microsoft.Extensions.Logging;

namespace ElcBot.Bot.Panels;

/// <summary>Posts a reviewed draft into the round's conversation, once, with the panel's line, and keeps it as a summary.</summary>
public sealed partial class PanelPublisher(
    PanelPublishing publishing, ISummaryStore summaries, ProactivePoster poster, NextSummary next, ILogger<PanelPublisher> logger)
{
    public async Task<PanelPublishResult> PublishAsync(string roundId, PanelActor actor, CancellationToken cancellationToken)
    {
        var claim = await publishing.ClaimAsync(roundId, cancellationToken).ConfigureAwait(false);
        if (claim.Outcome != ClaimOutcome.Claimed)
        {
            return new PanelPublishResult(claim.Outcome switch
            {
                ClaimOutcome.NotYet => PanelPublishOutcome.NotYet,
                ClaimOutcome.BeingPosted => PanelPublishOutcome.BeingPosted,
                ClaimOutcome.AlreadyPosted => PanelPublishOutcome.AlreadyPosted,
                _ => PanelPublishOutcome.NoDraft,
            }, claim);
        }

        var summary = await next.NoteAsync(claim.Draft!.Summary, cancellationToken).ConfigureAwait(false);
        var card = SummaryCard.Build(summary);
        ProactivePost posted;
        try
        {
            posted = await poster.PostKeepingIdAsync(claim.Round!.ConversationId, card.ToMessage(SummaryCard.Title), cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            // Not posted: back in review, so a facilitator can try again without waiting for the lease.
            await publishing.ReleaseAsync(claim, CancellationToken.None).ConfigureAwait(false);
            throw;
        }

        if (posted.Outcome != ProactiveOutcome.Posted)
        {
            await publishing.ReleaseAsync(claim, cancellationToken).ConfigureAwait(false);
            // The draft is back in review, so nothing the panel did is lost; it can be posted once the channel is reachable.
            LogNotPosted(logger, roundId, posted.Outcome);
            return new PanelPublishResult(posted.Outcome == ProactiveOutcome.BotRemoved ? PanelPublishOutcome.BotRemoved : PanelPublishOutcome.ConversationUnknown, claim);
        }

        // Kept as the round's summary, so "new since last time" and `summaries` see what people saw.
        await summaries.SaveAsync(summary with { PostedMessageId = posted.MessageId }, card.ToJsonString(), cancellationToken).ConfigureAwait(false);
        if (!await publishing.CompleteAsync(claim, actor, cancellationToken).ConfigureAwait(false))
        {
            LogTakenOver(logger, roundId);
        }

        LogPosted(logger, roundId, summary.Review?.Members ?? 0, summary.Themes.Count);
        return new PanelPublishResult(PanelPublishOutcome.Posted, claim);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Reviewed summary of round {RoundId} posted: panel of {Members}, {Themes} themes")]
    private static partial void LogPosted(ILogger logger, string roundId, int members, int themes);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reviewed summary of round {RoundId} not posted ({Outcome}); the draft stays in review")]
    private static partial void LogNotPosted(ILogger logger, string roundId, ProactiveOutcome outcome);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reviewed summary of round {RoundId} was posted after its lease ended; another instance may post it too")]
    private static partial void LogTakenOver(ILogger logger, string roundId);
}

/// <summary>What happened when someone asked for a reviewed draft to be posted, and the draft as it stood.</summary>
public sealed record PanelPublishResult(PanelPublishOutcome Outcome, PublishClaim Claim)
{
    public string Message => Outcome switch
    {
        PanelPublishOutcome.Posted => PanelReplies.Posted,
        PanelPublishOutcome.NotYet => PanelReplies.NotYet(Claim.Draft!, Claim.Members),
        PanelPublishOutcome.BeingPosted => PanelReplies.BeingPosted,
        PanelPublishOutcome.AlreadyPosted => PanelReplies.AlreadyPosted,
        PanelPublishOutcome.BotRemoved => PanelReplies.BotRemoved,
        PanelPublishOutcome.ConversationUnknown => PanelReplies.ChannelUnknown,
        _ => PanelReplies.NoDraft,
    };
}

/// <summary>What happened when a reviewed draft was to be posted.</summary>
public enum PanelPublishOutcome
{
    Posted,
    NotYet,
    BeingPosted,
    AlreadyPosted,
    NoDraft,
    BotRemoved,

    /// <summary>The bot has no address for the round's channel or chat yet; the draft stays in review.</summary>
    ConversationUnknown,
}
