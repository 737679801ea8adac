using ElcBot.Bot.Cards;
using ElcBot.Bot.Proactive;
using ElcBot.Core.Contributions;
using ElcBot.Core.Privacy;
using ElcBot.Core.Rounds;
using ElcBot.Core.Summaries;
using Microsoft.Extensions.Logging;

namespace ElcBot.Bot.Summaries;

/// <summary>
/// Erased stories and ideas (after "forget me" or "remove") come out of every kept summary of their rounds, and out of
/// the summary cards posted in the round's channel or chat.
/// </summary>
/// <remarks>
/// The posted card is changed first: if Teams cannot be reached the eraser throws and the person is asked to try
/// again, and the kept summary still shows what to change. A card the bot can no longer change (it was removed from
/// the team) is logged and left.
/// </remarks>
public sealed partial class SummaryErasure(
    ISummaryStore summaries,
    IRoundStore rounds,
    ProactivePoster poster,
    ILogger<SummaryErasure> logger) : IContributionErasure
{
    public async Task<int> EraseAsync(IReadOnlyList<Contribution> erased, CancellationToken cancellationToken)
    {
        var changed = 0;
        foreach (var theirs in erased.GroupBy(c => c.RoundId))
        {
            var round = await rounds.GetAsync(theirs.Key, cancellationToken).ConfigureAwait(false);
            foreach (var summary in await summaries.ListAsync(theirs.Key, int.MaxValue, cancellationToken).ConfigureAwait(false))
            {
                if (SummaryForgetting.Without(summary, [.. theirs]) is not { } kept)
                {
                    continue;
                }

                var card = SummaryCard.Build(kept);
                if (round is not null && kept.PostedMessageId is { } messageId)
                {
                    var outcome = await poster.ReplaceAsync(round.ConversationId, messageId, card.ToMessage(SummaryCard.Title), cancellationToken).ConfigureAwait(false);
                    if (outcome != ProactiveOutcome.Posted)
                    {
                        LogCardLeft(logger, round.Id, outcome);
                    }
                }

                await summaries.SaveAsync(kept, card.ToJsonString(), cancellationToken).ConfigureAwait(false);
                changed++;
            }
        }

        return changed;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A posted summary card of round {RoundId} could not be changed after words were erased ({Outcome})")]
    private static partial void LogCardLeft(ILogger logger, string roundId, ProactiveOutcome outcome);
}
