using ElcBot.Bot.Cards;
using ElcBot.Bot.Commands;
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
        var text = CommandText.From(turnContext.Activity);
        var match = commands.Match(text);
        if (match is { } found)
        {
            LogCommand(logger, found.Handler.Command.Name);
            await found.Handler.HandleAsync(turnContext, found.Arguments, cancellationToken).ConfigureAwait(false);
            return;
        }

        LogNotUnderstood(logger, text.Length);
        await turnContext.SendActivityAsync(MessageFactory.Text(NotUnderstoodReply.Text), cancellationToken).ConfigureAwait(false);
    }

    protected override async Task OnMembersAddedAsync(IList<ChannelAccount> membersAdded, ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken)
    {
        if (membersAdded.Any(m => m.Id == turnContext.Activity.Recipient?.Id))
        {
            await WelcomeAsync(turnContext, cancellationToken).ConfigureAwait(false);
        }
    }

    protected override Task OnInstallationUpdateAddAsync(ITurnContext<IInstallationUpdateActivity> turnContext, CancellationToken cancellationToken) =>
        WelcomeAsync(turnContext, cancellationToken);

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

    [LoggerMessage(Level = LogLevel.Information, Message = "Message not understood ({Length} characters)")]
    private static partial void LogNotUnderstood(ILogger logger, int length);

    [LoggerMessage(Level = LogLevel.Information, Message = "Installed in a {ConversationType} conversation (new: {IsNew})")]
    private static partial void LogInstalled(ILogger logger, string? conversationType, bool isNew);
}
