using ElcBot.Bot.Cards;
using ElcBot.Bot.Contributions;
using ElcBot.Core.Privacy;
using ElcBot.Core.Updates;
using Microsoft.Bot.Builder;

namespace ElcBot.Bot.Commands;

/// <summary>`my contributions`: what the person has shared, each round's status and the latest news, in their direct chat only.</summary>
public sealed class MyContributionsCommand(ForgetMeService contributions, UpdateHistory updates, ContributorIdentity identity) : ICommandHandler
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

        var mine = await contributions.ListAsync(key, cancellationToken).ConfigureAwait(false);
        var news = await updates.LatestForAsync(mine.Select(m => m.Contribution).ToArray(), cancellationToken).ConfigureAwait(false);
        await turnContext.SendActivityAsync(MyContributionsCard.Build(mine, news).ToMessage(MyContributionsCard.Title), cancellationToken).ConfigureAwait(false);
    }
}
