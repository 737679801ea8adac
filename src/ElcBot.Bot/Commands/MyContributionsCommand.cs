using ElcBot.Bot.Cards;
using ElcBot.Bot.Contributions;
using Microsoft.Bot.Builder;

namespace ElcBot.Bot.Commands;

/// <summary>`my contributions`: what the person has shared, each round's status and the latest news, in their direct chat only.</summary>
public sealed class MyContributionsCommand(MyContributionsView view, ContributorIdentity identity) : ICommandHandler
{
    public BotCommand Command { get; } = new("my contributions", "See what you have shared, or remove one (in a direct chat with me)", PersonalChatOnly: true);

    public async Task HandleAsync(ITurnContext turnContext, string arguments, CancellationToken cancellationToken)
    {
        var key = identity.KeyOf(turnContext);
        if (!TurnPeople.IsPersonal(turnContext.Activity) || key is null)
        {
            await turnContext.SendActivityAsync(MessageFactory.Text(key is null ? NoticeCard.UnknownPerson : NoticeCard.PersonalOnly), cancellationToken).ConfigureAwait(false);
            return;
        }

        var card = await view.BuildAsync(key, page: 0, cancellationToken).ConfigureAwait(false);
        await turnContext.SendActivityAsync(card.ToMessage(MyContributionsCard.Title), cancellationToken).ConfigureAwait(false);
    }
}
