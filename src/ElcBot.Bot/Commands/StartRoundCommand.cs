using ElcBot.Bot.Cards;
using ElcBot.Bot.Contributions;
using ElcBot.Core.Rounds;
using Microsoft.Bot.Builder;

namespace ElcBot.Bot.Commands;

/// <summary>`start round`: facilitators get the round start form (or the open round, when there already is one).</summary>
public sealed class StartRoundCommand(FacilitatorCheck facilitators, IRoundStore rounds) : ICommandHandler
{
    public BotCommand Command { get; } = new("start round", "Start a round: ask a question for stories and ideas", FacilitatorsOnly: true);

    public async Task HandleAsync(ITurnContext turnContext, string arguments, CancellationToken cancellationToken)
    {
        if (!await facilitators.IsFacilitatorAsync(turnContext, cancellationToken).ConfigureAwait(false))
        {
            await turnContext.SendActivityAsync(MessageFactory.Text(NoticeCard.NotFacilitator), cancellationToken).ConfigureAwait(false);
            return;
        }

        if (TurnPeople.IsPersonal(turnContext.Activity))
        {
            await turnContext.SendActivityAsync(MessageFactory.Text(NoticeCard.StartInTeam), cancellationToken).ConfigureAwait(false);
            return;
        }

        var open = await rounds.FindOpenAsync(TurnPeople.ConversationIdOf(turnContext.Activity), cancellationToken).ConfigureAwait(false);
        if (open is not null)
        {
            await turnContext.SendActivityAsync(MessageFactory.Text("There is already an open round here. A facilitator can type **close round** first."), cancellationToken).ConfigureAwait(false);
            await turnContext.SendActivityAsync(RoundCard.Build(open).ToMessage(RoundCard.OpenTitle), cancellationToken).ConfigureAwait(false);
            return;
        }

        await turnContext.SendActivityAsync(RoundStartCard.Build().ToMessage(RoundStartCard.Title), cancellationToken).ConfigureAwait(false);
    }
}
