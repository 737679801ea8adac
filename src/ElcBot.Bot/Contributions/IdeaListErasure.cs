using ElcBot.Bot.Cards;
using ElcBot.Bot.Proactive;
using ElcBot.Core.Contributions;
using ElcBot.Core.Privacy;
using ElcBot.Core.Rounds;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json;

namespace ElcBot.Bot.Contributions;

/// <summary>
/// Erased ideas (after "forget me" or "remove") leave the ideas lists already posted in chats: each list that showed one
/// is changed in place to the same page as it is now, others' ideas still on it.
/// </summary>
/// <remarks>
/// Erasers run before the ideas are deleted, so the page is rebuilt leaving them out by id. As with summary cards, if
/// Teams cannot be reached the eraser throws and the person is asked to try again (the kept list still names the idea,
/// so the second go finds it); a list the bot can no longer change (it was removed) is logged and left.
/// </remarks>
public sealed partial class IdeaListErasure(
    IPostedIdeaListStore posted,
    IRoundStore rounds,
    IdeaListing ideas,
    IPostedMessageReplacer messages,
    ILogger<IdeaListErasure> logger) : IContributionErasure
{
    public async Task<int> EraseAsync(IReadOnlyList<Contribution> erased, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(erased);
        var changed = 0;
        // Only ideas are listed; a story never shows on an ideas list.
        foreach (var theirs in erased.Where(c => c.Kind == ContributionKind.Idea).GroupBy(c => c.RoundId))
        {
            var gone = theirs.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
            var showing = (await posted.ListAsync(theirs.Key, cancellationToken).ConfigureAwait(false))
                .Where(list => list.ShownIdeaIds.Any(gone.Contains)).ToArray();
            if (showing.Length == 0 || await rounds.GetAsync(theirs.Key, cancellationToken).ConfigureAwait(false) is not { } round)
            {
                continue;
            }

            foreach (var list in showing)
            {
                var page = await ideas.PageWithoutAsync(round.Id, list.Page, gone, cancellationToken).ConfigureAwait(false);
                var card = IdeasPageCard.Build(round, page).ToMessage(IdeasPageCard.Title);
                var reference = JsonConvert.DeserializeObject<ConversationReference>(list.ReferenceJson)!;
                var outcome = await messages.ReplaceAsync(reference, list.MessageId, card, cancellationToken).ConfigureAwait(false);
                if (outcome != ProactiveOutcome.Posted)
                {
                    LogListLeft(logger, round.Id, outcome);
                    continue;
                }

                await posted.SaveAsync(list with { Page = page.Page, ShownIdeaIds = [.. page.Items.Select(i => i.Idea.Id)] }, cancellationToken).ConfigureAwait(false);
                changed++;
            }
        }

        return changed;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A posted ideas list of round {RoundId} could not be changed after an idea was erased ({Outcome})")]
    private static partial void LogListLeft(ILogger logger, string roundId, ProactiveOutcome outcome);
}
