using ElcBot.Bot.Cards;
using ElcBot.Bot.Commands;
using ElcBot.Bot.Contributions;
using ElcBot.Bot.Facilitation;
using ElcBot.Bot.Installation;
using ElcBot.Core.Rounds;
using Microsoft.Bot.Builder;

namespace ElcBot.Bot.Updates;

/// <summary>`update`: a facilitator says what happened to a theme or idea; in personal chat, first asks which round.</summary>
public sealed class UpdateCommand(IFacilitatorCheck facilitators, IRoundStore rounds, UpdateFormSource forms) : ICommandHandler
{
    public const string NoRound = "There is no round in this conversation yet, so there is nothing to give news about.";
    public const string NothingToUpdate = "This round has no themes or ideas yet, so there is nothing to give news about. Try again after the first summary.";

    public BotCommand Command { get; } = new("update", "Tell people what happened to a theme or idea (you said, we did)", FacilitatorsOnly: true);

    public async Task HandleAsync(ITurnContext turnContext, string arguments, CancellationToken cancellationToken)
    {
        if (!await facilitators.IsFacilitatorAsync(turnContext, cancellationToken).ConfigureAwait(false))
        {
            await turnContext.SendActivityAsync(MessageFactory.Text(FacilitatorReplies.NotAllowed), cancellationToken).ConfigureAwait(false);
            return;
        }

        if (TurnPeople.IsPersonal(turnContext.Activity))
        {
            var all = await rounds.ListForTenantAsync(ConversationRegistrar.TenantOf(turnContext.Activity) ?? string.Empty, cancellationToken).ConfigureAwait(false);
            await turnContext.SendActivityAsync(UpdateRoundChoiceCard.Build(all).ToMessage(UpdateRoundChoiceCard.Title), cancellationToken).ConfigureAwait(false);
            return;
        }

        // The open round here, or else the latest: news often comes after a round has closed.
        var round = (await rounds.ListForConversationAsync(TurnPeople.ConversationIdOf(turnContext.Activity), cancellationToken).ConfigureAwait(false))
            .OrderByDescending(r => r.IsOpen).FirstOrDefault();
        if (round is null)
        {
            await turnContext.SendActivityAsync(MessageFactory.Text(NoRound), cancellationToken).ConfigureAwait(false);
            return;
        }

        await SendFormAsync(turnContext, forms, round, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Sends the update form for the round, or says why there is nothing to update yet.</summary>
    public static async Task SendFormAsync(ITurnContext turnContext, UpdateFormSource forms, Round round, CancellationToken cancellationToken)
    {
        var form = await forms.LoadAsync(round, cancellationToken).ConfigureAwait(false);
        await turnContext.SendActivityAsync(
            form.IsEmpty ? MessageFactory.Text(NothingToUpdate) : UpdateFormCard.Build(form, Guid.NewGuid().ToString("N")).ToMessage(UpdateFormCard.Title),
            cancellationToken).ConfigureAwait(false);
    }
}
