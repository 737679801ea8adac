using ElcBot.Bot.Cards;
using ElcBot.Bot.Contributions;
using ElcBot.Core.Contributions;
using ElcBot.Core.Rounds;
using Microsoft.Bot.Builder;

namespace ElcBot.Bot.Commands;

/// <summary>`ideas`: the open round's ideas here, newest first, a page at a time.</summary>
public sealed class IdeasCommand(IRoundStore rounds, IdeaListing ideas, IdeaListPoster lists) : ICommandHandler
{
    public BotCommand Command { get; } = new("ideas", "See the ideas shared in this round and support them");

    public async Task HandleAsync(ITurnContext turnContext, string arguments, CancellationToken cancellationToken)
    {
        var round = await rounds.FindOpenAsync(TurnPeople.ConversationIdOf(turnContext.Activity), cancellationToken).ConfigureAwait(false);
        if (round is null)
        {
            var text = TurnPeople.IsPersonal(turnContext.Activity) ? "Type **share** to choose a round, then press See the ideas." : NoticeCard.NoOpenRound;
            await turnContext.SendActivityAsync(MessageFactory.Text(text), cancellationToken).ConfigureAwait(false);
            return;
        }

        var page = await ideas.PageAsync(round.Id, 0, cancellationToken).ConfigureAwait(false);
        await lists.PostAsync(turnContext, round, page, cancellationToken).ConfigureAwait(false);
    }
}
