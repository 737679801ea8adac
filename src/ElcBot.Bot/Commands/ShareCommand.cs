using ElcBot.Bot.Cards;
using ElcBot.Bot.Contributions;
using ElcBot.Core.Rounds;
using Microsoft.Bot.Builder;

namespace ElcBot.Bot.Commands;

/// <summary>`share`: the open round here; in a direct chat, every open round of a team the person belongs to.</summary>
public sealed class ShareCommand(IRoundStore rounds, RoundService roundRules, SharableRounds sharable) : ICommandHandler
{
    public BotCommand Command { get; } = new("share", "Share a story or an idea in an open round");

    public async Task HandleAsync(ITurnContext turnContext, string arguments, CancellationToken cancellationToken)
    {
        if (!TurnPeople.IsPersonal(turnContext.Activity))
        {
            var here = await rounds.FindOpenAsync(TurnPeople.ConversationIdOf(turnContext.Activity), cancellationToken).ConfigureAwait(false);
            // A round past its last day is still open until a facilitator closes it, but its buttons would only refuse.
            await turnContext.SendActivityAsync(
                here is null ? MessageFactory.Text(NoticeCard.NoOpenRound)
                : !roundRules.AcceptsContributions(here) ? MessageFactory.Text(NoticeCard.RoundClosed)
                : RoundCard.Build(here).ToMessage(RoundCard.OpenTitle),
                cancellationToken).ConfigureAwait(false);
            return;
        }

        var mine = await sharable.ForPersonAsync(turnContext, cancellationToken).ConfigureAwait(false);
        await turnContext.SendActivityAsync(RoundPickerCard.Build(mine).ToMessage(RoundPickerCard.Title), cancellationToken).ConfigureAwait(false);
    }
}
