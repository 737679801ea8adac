using ElcBot.Bot.CardActions;
using ElcBot.Bot.Cards;
using ElcBot.Bot.Commands;
using ElcBot.Bot.Files;
using ElcBot.Bot.Installation;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Teams;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging;

namespace ElcBot.Bot;

/// <summary>The bot's entry point for every activity: it works out what arrived and hands it to one handler.</summary>
public sealed partial class ElcBotActivityHandler(
    CommandRouter commands,
    ConversationRegistrar registrar,
    FileConsentAnswers fileAnswers,
    CardActionDispatcher cardActions,
    UnmatchedMessage unmatched,
    ConversationState conversationState,
    UserState userState,
    ILogger<ElcBotActivityHandler> logger) : TeamsActivityHandler
{
    public override async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        await base.OnTurnAsync(turnContext, cancellationToken).ConfigureAwait(false);
        await conversationState.SaveChangesAsync(turnContext, force: false, cancellationToken).ConfigureAwait(false);
        await userState.SaveChangesAsync(turnContext, force: false, cancellationToken).ConfigureAwait(false);
    }

    protected override async Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
    {
        // A card button sent as Action.Submit (the fallback for clients without Universal Actions).
        if (await cardActions.TrySubmitAsync(turnContext, cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        var text = CommandText.From(turnContext.Activity);
        var match = commands.Match(text);
        if (match is { } found)
        {
            LogCommand(logger, found.Handler.Command.Name);
            await found.Handler.HandleAsync(turnContext, found.Arguments, cancellationToken).ConfigureAwait(false);
            return;
        }

        await unmatched.AnswerAsync(turnContext, text, cancellationToken).ConfigureAwait(false);
    }

    /// <remarks>
    /// Handled here rather than through the base class, which looks up every added person in the Teams roster:
    /// a network call per new team member that the bot has no use for.
    /// </remarks>
    protected override async Task OnConversationUpdateActivityAsync(ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken)
    {
        var added = turnContext.Activity.MembersAdded;
        if (added is not null && BotWasAdded(added, turnContext.Activity))
        {
            await WelcomeAsync(turnContext, cancellationToken).ConfigureAwait(false);
        }
    }

    protected override Task<AdaptiveCardInvokeResponse> OnAdaptiveCardInvokeAsync(ITurnContext<IInvokeActivity> turnContext, AdaptiveCardInvokeValue invokeValue, CancellationToken cancellationToken) =>
        cardActions.InvokeAsync(turnContext, invokeValue, cancellationToken);

    protected override Task OnInstallationUpdateAddAsync(ITurnContext<IInstallationUpdateActivity> turnContext, CancellationToken cancellationToken) =>
        WelcomeAsync(turnContext, cancellationToken);

    protected override Task OnTeamsFileConsentAcceptAsync(ITurnContext<IInvokeActivity> turnContext, Microsoft.Bot.Schema.Teams.FileConsentCardResponse fileConsentCardResponse, CancellationToken cancellationToken) =>
        fileAnswers.AcceptAsync(turnContext, fileConsentCardResponse, cancellationToken);

    protected override Task OnTeamsFileConsentDeclineAsync(ITurnContext<IInvokeActivity> turnContext, Microsoft.Bot.Schema.Teams.FileConsentCardResponse fileConsentCardResponse, CancellationToken cancellationToken) =>
        fileAnswers.DeclineAsync(turnContext, fileConsentCardResponse, cancellationToken);

    /// <summary>
    /// The bot is among the members added. In a personal chat only this bot can join, and real payloads have
    /// shown the bot's member id differing from the recipient id, so any bot id ("28:") counts there.
    /// </summary>
    private static bool BotWasAdded(IList<ChannelAccount> membersAdded, IConversationUpdateActivity activity) =>
        membersAdded.Any(m => m?.Id is { } id && (id == activity.Recipient?.Id
            || (activity.Conversation?.ConversationType == "personal" && id.StartsWith("28:", StringComparison.Ordinal))));

    private async Task WelcomeAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var isNew = await registrar.RegisterAsync(turnContext, cancellationToken).ConfigureAwait(false);
        LogInstalled(logger, turnContext.Activity.Conversation?.ConversationType, isNew);
        if (isNew)
        {
            var personal = ConversationRegistrar.KindOf(turnContext.Activity) == Core.Conversations.ConversationKind.Personal;
            await turnContext.SendActivityAsync(WelcomeCard.Build(personal).ToMessage(WelcomeCard.Title), cancellationToken).ConfigureAwait(false);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Command {Command}")]
    private static partial void LogCommand(ILogger logger, string command);

    [LoggerMessage(Level = LogLevel.Information, Message = "Installed in a {ConversationType} conversation (new: {IsNew})")]
    private static partial void LogInstalled(ILogger logger, string? conversationType, bool isNew);
}
