using ElcBot.Bot.Cards;
using ElcBot.Core.Panels;
using ElcBot.Core.Summaries;
using Microsoft.Bot.Builder;

namespace ElcBot.Bot.Panels;

/// <summary>`panel list`: who is on the review panel, with their roles, and how the current draft is going.</summary>
public sealed class PanelListCommand(IPanelStore panels, IPanelDraftStore drafts) : IPanelSubcommand
{
    public string Word => "list";

    public async Task HandleAsync(ITurnContext turnContext, SummaryRound round, string arguments, CancellationToken cancellationToken)
    {
        var members = await panels.ListMembersAsync(round.RoundId, cancellationToken).ConfigureAwait(false);
        var draft = await drafts.FindAsync(round.RoundId, cancellationToken).ConfigureAwait(false);
        var card = PanelListCard.Build(round.RoundId, round.Question, members, draft?.Draft);
        await turnContext.SendActivityAsync(card.ToMessage(PanelListCard.Title), cancellationToken).ConfigureAwait(false);
    }
}
