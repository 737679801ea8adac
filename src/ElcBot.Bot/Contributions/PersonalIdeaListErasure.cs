using ElcBot.Bot.Cards;
using ElcBot.Bot.Proactive;
using ElcBot.Core.Contributions;
using ElcBot.Core.Privacy;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json;

namespace ElcBot.Bot.Contributions;

/// <summary>"Forget me" closes the ideas lists posted in the person's personal chat, then forgets where that chat is.</summary>
/// <remarks>
/// A kept list holds the chat's address, which leads to the person. But once it is gone the bot can no longer take other
/// people's erased ideas out of that message, so each list is first changed to a short note that shows nobody's words.
/// If Teams cannot be reached this throws and the person is asked to try again (the record is still there to find); a
/// list the bot can no longer change (the person removed the app) is only forgotten.
/// </remarks>
public sealed partial class PersonalIdeaListErasure(
    IPostedIdeaListStore posted,
    IPostedMessageReplacer messages,
    ILogger<PersonalIdeaListErasure> logger) : IPersonErasure
{
    public async Task<int> EraseAsync(PersonToForget person, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(person);
        var lists = await posted.ListInChatOfAsync(person.ContributorKey, cancellationToken).ConfigureAwait(false);
        foreach (var list in lists)
        {
            var reference = JsonConvert.DeserializeObject<ConversationReference>(list.ReferenceJson)!;
            var outcome = await messages.ReplaceAsync(reference, list.MessageId, MessageFactory.Text(ForgetMeCard.IdeasListClosed), cancellationToken).ConfigureAwait(false);
            if (outcome != ProactiveOutcome.Posted)
            {
                LogListLeft(logger, list.RoundId, outcome);
            }

            await posted.DeleteAsync(list, cancellationToken).ConfigureAwait(false);
        }

        return lists.Count;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "An ideas list in a personal chat (round {RoundId}) could not be closed for forget me ({Outcome}); it is forgotten all the same")]
    private static partial void LogListLeft(ILogger logger, string roundId, ProactiveOutcome outcome);
}
