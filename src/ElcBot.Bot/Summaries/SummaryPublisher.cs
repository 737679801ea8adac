using ElcBot.Bot.Cards;
using ElcBot.Bot.Proactive;
using ElcBot.Core.Summaries;
using ElcBot.Core.Summaries.Scheduling;
using Microsoft.Extensions.Logging;

namespace ElcBot.Bot.Summaries;

/// <summary>Builds a round's summary, posts it into the round's conversation, and keeps it once posted.</summary>
public sealed partial class SummaryPublisher(
    SummaryDrafter drafter,
    ISummaryStore summaries,
    ProactivePoster poster,
    NextSummary next,
    ILogger<SummaryPublisher> logger) : ISummaryPublisher
{
    public async Task<PublishOutcome> PublishAsync(string roundId, CancellationToken cancellationToken)
    {
        if (await drafter.DraftAsync(roundId, cancellationToken).ConfigureAwait(false) is not { } draft)
        {
            return PublishOutcome.RoundMissing;
        }

        var summary = await next.NoteAsync(draft.Summary, cancellationToken).ConfigureAwait(false);
        var card = SummaryCard.Build(summary);
        var post = await poster.PostKeepingIdAsync(draft.Round.ConversationId, card.ToMessage(SummaryCard.Title), cancellationToken).ConfigureAwait(false);
        switch (post.Outcome)
        {
            case ProactiveOutcome.Posted:
                // Kept only once people have seen it, so "new since last time" compares with what they saw.
                await summaries.SaveAsync(summary with { PostedMessageId = post.MessageId }, card.ToJsonString(), cancellationToken).ConfigureAwait(false);
                LogPosted(logger, roundId, summary.Themes.Count, draft.Contributions);
                return PublishOutcome.Posted;
            case ProactiveOutcome.BotRemoved:
                return PublishOutcome.BotRemoved;
            default:
                LogNoAddress(logger, roundId);
                return PublishOutcome.ConversationUnknown;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Summary of round {RoundId} posted: {Themes} themes from {Contributions} contributions")]
    private static partial void LogPosted(ILogger logger, string roundId, int themes, int contributions);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Summary of round {RoundId} not posted: no address is kept for the round's conversation")]
    private static partial void LogNoAddress(ILogger logger, string roundId);
}
