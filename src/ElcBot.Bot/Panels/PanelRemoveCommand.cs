using ElcBot.Bot.Cards;
using ElcBot.Core.Panels;
using ElcBot.Core.Summaries;
using Microsoft.Bot.Builder;

namespace ElcBot.Bot.Panels;

/// <summary>`panel remove @person`: takes people off the review panel; a draft with the panel stays, and their approval no longer counts.</summary>
public sealed class PanelRemoveCommand(PanelMembership membership, IPanelDraftStore drafts) : IPanelSubcommand
{
    public string Word => "remove";

    public async Task HandleAsync(ITurnContext turnContext, SummaryRound round, string arguments, CancellationToken cancellationToken)
    {
        var people = PanelMentions.From(turnContext.Activity);
        if (people.Count == 0)
        {
            await turnContext.SendActivityAsync(MessageFactory.Text(PanelReplies.MentionSomeone(Word)), cancellationToken).ConfigureAwait(false);
            return;
        }

        var notes = new List<string>();
        IReadOnlyList<PanelMember> members = [];
        foreach (var person in people)
        {
            var result = await membership.RemoveAsync(round.RoundId, person.Id, person.Name, PanelTurns.Actor(turnContext), cancellationToken).ConfigureAwait(false);
            notes.Add(PanelReplies.Removed(person.Name, result.Outcome == MembershipOutcome.Removed));
            members = result.Members;
        }

        var draft = await drafts.FindAsync(round.RoundId, cancellationToken).ConfigureAwait(false);
        var card = PanelListCard.Build(round.RoundId, round.Question, members, draft?.Draft, string.Join(" ", notes));
        await turnContext.SendActivityAsync(card.ToMessage(PanelListCard.Title), cancellationToken).ConfigureAwait(false);
    }
}
