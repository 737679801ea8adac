using ElcBot.Bot.Cards;
using ElcBot.Core.Panels;
using ElcBot.Core.Summaries;
using Microsoft.Bot.Builder;

namespace ElcBot.Bot.Panels;

/// <summary>`panel log`: every change to the panel and its drafts, with who made it and when.</summary>
public sealed class PanelLogCommand(IPanelStore panels) : IPanelSubcommand
{
    public string Word => "log";

    public async Task HandleAsync(ITurnContext turnContext, SummaryRound round, string arguments, CancellationToken cancellationToken)
    {
        var changes = await panels.ListChangesAsync(round.RoundId, PanelLogCard.Shown, cancellationToken).ConfigureAwait(false);
        await turnContext.SendActivityAsync(PanelLogCard.Build(round.Question, changes).ToMessage(PanelLogCard.Title), cancellationToken).ConfigureAwait(false);
    }
}
