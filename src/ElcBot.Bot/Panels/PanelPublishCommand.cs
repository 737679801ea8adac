using ElcBot.Bot.Installation;
using ElcBot.Core.Summaries;
using Microsoft.Bot.Builder;

namespace ElcBot.Bot.Panels;

/// <summary>`panel publish`: posts the draft the panel is checking, once most of them approved or its deadline passed.</summary>
public sealed class PanelPublishCommand(PanelPublisher publisher, ConversationRegistrar registrar) : IPanelSubcommand
{
    public string Word => "publish";

    public async Task HandleAsync(ITurnContext turnContext, SummaryRound round, string arguments, CancellationToken cancellationToken)
    {
        // Typed in the round's channel, this turn gives the bot the channel's address if it had none, so the post can go there.
        await registrar.RememberAsync(turnContext, cancellationToken).ConfigureAwait(false);
        var result = await publisher.PublishAsync(round.RoundId, PanelTurns.Actor(turnContext), cancellationToken).ConfigureAwait(false);
        // Once posted, the summary card itself is the answer.
        if (result.Outcome != PanelPublishOutcome.Posted)
        {
            await turnContext.SendActivityAsync(MessageFactory.Text(result.Message), cancellationToken).ConfigureAwait(false);
        }
    }
}
