using ElcBot.Bot.Cards;
using ElcBot.Bot.Commands;
using ElcBot.Bot.Facilitation;
using ElcBot.Core.Summaries;
using Microsoft.Bot.Builder;

namespace ElcBot.Bot.Summaries;

/// <summary>`summaries`: look back at the round's earlier summaries.</summary>
public sealed class SummariesCommand(IFacilitatorCheck facilitators, ISummaryRounds rounds, ISummaryStore summaries) : ICommandHandler
{
    private const int Shown = 10;

    public BotCommand Command { get; } = new("summaries", "See earlier summaries of the round", FacilitatorsOnly: true);

    public async Task HandleAsync(ITurnContext turnContext, string arguments, CancellationToken cancellationToken)
    {
        var round = await RoundCommands.FindRoundAsync(turnContext, facilitators, rounds, cancellationToken).ConfigureAwait(false);
        if (round is null)
        {
            return;
        }

        var earlier = await summaries.ListAsync(round.RoundId, Shown, cancellationToken).ConfigureAwait(false);
        await turnContext.SendActivityAsync(SummariesListCard.Build(earlier).ToMessage(SummariesListCard.Title), cancellationToken).ConfigureAwait(false);
    }
}
