using ElcBot.Bot.Cards;
using ElcBot.Core.Contributions;
using ElcBot.Core.Rounds;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json;

namespace ElcBot.Bot.Contributions;

/// <summary>
/// Posts a page of ideas as a new message where the turn came from, and keeps where it went, so an idea erased later
/// can be taken out of it (<see cref="IdeaListErasure"/>).
/// </summary>
public sealed partial class IdeaListPoster(IPostedIdeaListStore posted, ContributorIdentity identity, TimeProvider time, ILogger<IdeaListPoster> logger)
{
    public async Task PostAsync(ITurnContext turnContext, Round round, IdeaPage page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(round);
        ArgumentNullException.ThrowIfNull(page);
        var response = await turnContext.SendActivityAsync(IdeasPageCard.Build(round, page).ToMessage(IdeasPageCard.Title), cancellationToken).ConfigureAwait(false);
        // An empty list shows nobody's words, so there is nothing to take out of it later.
        if (page.Items.Count == 0 || response?.Id is not { Length: > 0 } messageId)
        {
            return;
        }

        await RememberAsync(turnContext, round, page, messageId, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// For a press on a list that changes it for everyone there (a new count on its page, or an idea removed since):
    /// keeps which ideas the pressed message shows now, so erasing finds the ideas it shows, not those it first showed.
    /// A list posted before lists were kept is kept from its first press.
    /// </summary>
    public Task RememberPressedAsync(ITurnContext turnContext, Round round, IdeaPage page, CancellationToken cancellationToken) =>
        turnContext.Activity.ReplyToId is { Length: > 0 } pressed
            ? RememberAsync(turnContext, round, page, pressed, cancellationToken)
            : Task.CompletedTask;

    private async Task RememberAsync(ITurnContext turnContext, Round round, IdeaPage page, string messageId, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        // A personal chat is the person's own: "forget me" closes the lists in it and forgets where it is.
        var owner = activity.Conversation.ConversationType == "personal" ? identity.KeyOf(turnContext) : null;
        var list = new PostedIdeaList(round.Id, activity.Conversation.Id, messageId, AddressOf(activity), page.Page, [.. page.Items.Select(i => i.Idea.Id)], time.GetUtcNow(), owner);
        try
        {
            await posted.SaveAsync(list, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The list is on show already: failing the turn now would tell the person something failed that they can see
            // worked. The cost is that this one list keeps an erased idea's words until someone presses a button on it.
            LogNotKept(logger, round.Id, ex.GetType().Name);
        }
    }

    /// <summary>The conversation's address as Teams gave it this turn, the channel thread included, without the person.</summary>
    /// <remarks>
    /// Changing the message later needs only the conversation, the bot and the service URL. The person who asked for the
    /// list is left out, so nothing kept here is theirs for "forget me" to find.
    /// </remarks>
    private static string AddressOf(IActivity activity)
    {
        var reference = activity.GetConversationReference();
        reference.User = null;
        reference.ActivityId = null;
        return JsonConvert.SerializeObject(reference);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "An ideas list of round {RoundId} was posted but not kept ({Error}): erased ideas will stay on it until a press refreshes it")]
    private static partial void LogNotKept(ILogger logger, string roundId, string error);
}
