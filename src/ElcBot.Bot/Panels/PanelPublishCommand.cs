using ElcBot.Core.Summaries;
using Microsoft.Bot.Builder;

namespace ElcBot.Bot.Panels;

/// <summary>`panel publish`: posts the draft the panel is checking, once most of them approved or its deadline passed.</summary>
public sealed class PanelPublishCommand(PanelPublisher publisher) : IPanelSubcommand
{
    public string Word => "publish";

    public async Task HandleAsync(ITurnContext turnContext, SummaryRound round, string arguments, CancellationToken cancellationToken)
    {
        var result = await publisher.PublishAsync(round.RoundId, PanelTurns.Actor(turnContext), cancellationToken).ConfigureAwait(false);
        // Once posted, the summary card itself is the answer.
        if (result.Outcome != PanelPublishOutcome.Posted)
        {
            await turnContext.SendActivityAsync(MessageFactory.Text(result.Message), cancellationToken).ConfigureAwait(false);
        }
    }
}
