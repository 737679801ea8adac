using ElcBot.Bot.Cards;
using ElcBot.Bot.Proactive;
using ElcBot.Core.Summaries;
using ElcBot.Core.Summaries.Scheduling;
using ElcBot.Core.Updates;
using Microsoft.Extensions.Logging;

namespace ElcBot.Bot.Summaries;

/// <summary>Builds a round's summary, posts it into the round's conversation, and keeps it once posted.</summary>
public sealed partial class SummaryPublisher(
    ISummarySource source,
    SummaryComposer composer,
    ISummaryStore summaries,
    ProactivePoster poster,
    UpdateHistory updates,
    ILogger<SummaryPublisher> logger) : ISummaryPublisher
{
    public async Task<PublishOutcome> PublishAsync(string roundId, CancellationToken cancellationToken)
    {
        var data = await source.LoadAsync(roundId, cancellationToken).ConfigureAwait(false);
        if (data is null)
        {
            return PublishOutcome.RoundMissing;
        }

        var previous = (await summaries.ListAsync(roundId, 1, cancellationToken).ConfigureAwait(false)).FirstOrDefault();
        var summary = await composer.ComposeAsync(data.Round, data.Contributions, previous, cancellationToken).ConfigureAwait(false);
        // "You said, we did": what facilitators said happened since the previous summary.
        summary = summary with { Updates = await updates.SinceAsync(roundId, previous, summary.PeriodEnd, data.Contributions, cancellationToken).ConfigureAwait(false) };
        var card = SummaryCard.Build(summary);
        var outcome = await poster.PostAsync(data.Round.ConversationId, card.ToMessage(SummaryCard.Title), cancellationToken).ConfigureAwait(false);
        switch (outcome)
        {
            case ProactiveOutcome.Posted:
                // Kept only once people have seen it, so "new since last time" compares with what they saw.
                await summaries.SaveAsync(summary, card.ToJsonString(), cancellationToken).ConfigureAwait(false);
                LogPosted(logger, roundId, summary.Themes.Count, data.Contributions.Count);
                return PublishOutcome.Posted;
            case ProactiveOutcome.BotRemoved:
                return PublishOutcome.BotRemoved;
            default:
                return PublishOutcome.RoundMissing;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Summary of round {RoundId} posted: {Themes} themes from {Contributions} contributions")]
    private static partial void LogPosted(ILogger logger, string roundId, int themes, int contributions);
}
