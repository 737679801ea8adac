using ElcBot.Bot.Cards;
using ElcBot.Bot.Contributions;
using Microsoft.Bot.Builder;

namespace ElcBot.Bot.Commands;

/// <summary>`forget me`: asks for confirmation before erasing everything the person shared (in their direct chat only).</summary>
public sealed class ForgetMeCommand : ICommandHandler
{
    public BotCommand Command { get; } = new("forget me", "Delete everything you have shared (in a direct chat with me)", PersonalChatOnly: true);

    public Task HandleAsync(ITurnContext turnContext, string arguments, CancellationToken cancellationToken) =>
        turnContext.SendActivityAsync(
            TurnPeople.IsPersonal(turnContext.Activity) ? ForgetMeCard.Build().ToMessage(ForgetMeCard.Title) : MessageFactory.Text(NoticeCard.PersonalOnly),
            cancellationToken);
}
