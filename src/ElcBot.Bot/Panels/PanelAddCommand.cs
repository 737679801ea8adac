using ElcBot.Bot.Cards;
using ElcBot.Core.Summaries;
using Microsoft.Bot.Builder;

namespace ElcBot.Bot.Panels;

/// <summary>`panel add @person`: asks the facilitator for each person's role, then adds them to the round's review panel.</summary>
public sealed class PanelAddCommand : IPanelSubcommand
{
    public string Word => "add";

    public async Task HandleAsync(ITurnContext turnContext, SummaryRound round, string arguments, CancellationToken cancellationToken)
    {
        var people = PanelMentions.From(turnContext.Activity);
        if (people.Count == 0)
        {
            await turnContext.SendActivityAsync(MessageFactory.Text(PanelReplies.MentionSomeone(Word)), cancellationToken).ConfigureAwait(false);
            return;
        }

        foreach (var person in people)
        {
            var card = PanelRoleCard.Build(round.RoundId, person.Id, person.Name);
            await turnContext.SendActivityAsync(card.ToMessage(PanelRoleCard.Title), cancellationToken).ConfigureAwait(false);
        }
    }
}
