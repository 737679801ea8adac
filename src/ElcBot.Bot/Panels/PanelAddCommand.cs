using ElcBot.Bot.Cards;
using ElcBot.Bot.Facilitation;
using ElcBot.Bot.Summaries;
using ElcBot.Core.Summaries;
using Microsoft.Bot.Builder;

namespace ElcBot.Bot.Panels;

/// <summary>`panel add @person`: asks the facilitator for each person's role, then adds them to the round's review panel.</summary>
public sealed class PanelAddCommand(IFacilitatorCheck facilitators, ISummaryRounds rounds) : IPanelSubcommand
{
    public string Word => "add";

    public async Task HandleAsync(ITurnContext turnContext, string arguments, CancellationToken cancellationToken)
    {
        var round = await RoundCommands.FindRoundAsync(turnContext, facilitators, rounds, cancellationToken).ConfigureAwait(false);
        if (round is null)
        {
            return;
        }

        var people = PanelMentions.From(turnContext.Activity);
        if (people.Count == 0)
        {
            await turnContext.SendActivityAsync(MessageFactory.Text(PanelReplies.MentionSomeone), cancellationToken).ConfigureAwait(false);
            return;
        }

        foreach (var person in people)
        {
            var card = PanelRoleCard.Build(round.RoundId, person.Id, person.Name);
            await turnContext.SendActivityAsync(card.ToMessage(PanelRoleCard.Title), cancellationToken).ConfigureAwait(false);
        }
    }
}
