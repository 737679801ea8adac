using ElcBot.Bot.Facilitation;
using ElcBot.Core.Summaries;
using Microsoft.Bot.Builder;

namespace ElcBot.Bot.Summaries;

/// <summary>The checks every facilitator command about "this conversation's round" starts with.</summary>
public static class RoundCommands
{
    public const string UseInRound = "Please type this in the channel or group chat where the round is running.";

    /// <summary>The round, or null after telling the person why not (not a facilitator, personal chat, no round).</summary>
    public static async Task<SummaryRound?> FindRoundAsync(ITurnContext turnContext, IFacilitatorCheck facilitators, ISummaryRounds rounds, CancellationToken cancellationToken)
    {
        if (!await facilitators.IsFacilitatorAsync(turnContext, cancellationToken).ConfigureAwait(false))
        {
            await turnContext.SendActivityAsync(MessageFactory.Text(FacilitatorReplies.NotAllowed), cancellationToken).ConfigureAwait(false);
            return null;
        }

        if (turnContext.Activity.Conversation?.ConversationType is null or "personal")
        {
            await turnContext.SendActivityAsync(MessageFactory.Text(UseInRound), cancellationToken).ConfigureAwait(false);
            return null;
        }

        var round = await rounds.FindForConversationAsync(turnContext.Activity.Conversation.Id, cancellationToken).ConfigureAwait(false);
        if (round is null)
        {
            await turnContext.SendActivityAsync(MessageFactory.Text(SummaryCommand.NoRound), cancellationToken).ConfigureAwait(false);
        }

        return round;
    }
}
