using ElcBot.Bot.Cards;
using ElcBot.Bot.Facilitation;
using ElcBot.Bot.Summaries;
using ElcBot.Core.Panels;
using ElcBot.Core.Summaries;
using Microsoft.Bot.Builder;

namespace ElcBot.Bot.Panels;

/// <summary>`panel log`: every change to the panel and its drafts, with who made it and when.</summary>
public sealed class PanelLogCommand(IFacilitatorCheck facilitators, ISummaryRounds rounds, IPanelStore panels) : IPanelSubcommand
{
    public string Word => "log";

    public async Task HandleAsync(ITurnContext turnContext, string arguments, CancellationToken cancellationToken)
    {
        var round = await RoundCommands.FindRoundAsync(turnContext, facilitators, rounds, cancellationToken).ConfigureAwait(false);
        if (round is null)
        {
            return;
        }

        var changes = await panels.ListChangesAsync(round.RoundId, PanelLogCard.Shown, cancellationToken).ConfigureAwait(false);
        await turnContext.SendActivityAsync(PanelLogCard.Build(round.Question, changes).ToMessage(PanelLogCard.Title), cancellationToken).ConfigureAwait(false);
    }
}
