using ElcBot.Bot.CardActions;
using ElcBot.Bot.Cards;
using ElcBot.Bot.Facilitation;
using ElcBot.Core.Conversations;
using ElcBot.Core.Panels;
using ElcBot.Core.Rounds;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json.Linq;

namespace ElcBot.Bot.Panels;

/// <summary>"Add to the panel" on the role card: records the person and their role, and tells them in personal chat.</summary>
public sealed partial class PanelRoleAction(
    IFacilitatorCheck facilitators,
    IRoundStore rounds,
    PanelMembership membership,
    IPanelDraftStore drafts,
    PanelChats chats,
    TimeProvider time,
    ILogger<PanelRoleAction> logger) : ICardActionHandler
{
    public string Action => PanelCardActions.SetRole;

    public async Task<CardActionResult> HandleAsync(ITurnContext turnContext, JObject data, CancellationToken cancellationToken)
    {
        if (!await facilitators.IsFacilitatorAsync(turnContext, cancellationToken).ConfigureAwait(false))
        {
            return CardActionResult.Say(FacilitatorReplies.NotAllowed);
        }

        var round = CardData.String(data, "roundId") is { } roundId ? await rounds.GetAsync(roundId, cancellationToken).ConfigureAwait(false) : null;
        var userId = CardData.String(data, "userId");
        var name = CardData.String(data, "name") ?? "This person";
        if (round is null || userId is null)
        {
            return CardActionResult.Replace(NoticeCard.Build(NoticeCard.RoundUnknown));
        }

        // The address is taken from this turn, so the card must be pressed where the round runs.
        if (ConversationIds.Base(turnContext.Activity.Conversation?.Id ?? string.Empty) != round.ConversationId)
        {
            return CardActionResult.Replace(NoticeCard.Build(NoticeCard.NotAllowed));
        }

        if (!PanelMembership.TryRole(CardData.String(data, PanelRoleCard.RoleInput), out var role))
        {
            return CardActionResult.Replace(PanelRoleCard.Build(round.Id, userId, name, roleMissing: true));
        }

        var actor = PanelTurns.Actor(turnContext);
        var member = new PanelMember(round.Id, userId, name, role, PanelTurns.Address(turnContext), time.GetUtcNow());
        var result = await membership.AddAsync(member, actor, cancellationToken).ConfigureAwait(false);
        LogMembership(logger, round.Id, result.Outcome, result.Members.Count);
        var notice = result.Outcome == MembershipOutcome.PanelFull ? PanelReplies.PanelFull : PanelReplies.Added(name, result.Outcome);
        if (result.Outcome == MembershipOutcome.Added
            && !await chats.SendAsync(member, PanelWelcome(name, actor.Name, round.Question), cancellationToken).ConfigureAwait(false))
        {
            notice = PanelReplies.AddedUnreachable(name);
        }

        var draft = await drafts.FindAsync(round.Id, cancellationToken).ConfigureAwait(false);
        return CardActionResult.Replace(PanelListCard.Build(round.Id, round.Question, result.Members, draft?.Draft, notice));
    }

    /// <remarks>The question and the names are people's words: plain text, so Teams shows them as written, not as Markdown.</remarks>
    private static Microsoft.Bot.Schema.IMessageActivity PanelWelcome(string name, string facilitator, string question)
    {
        var message = MessageFactory.Text(PanelWords.Welcome(name, facilitator, question));
        message.TextFormat = Microsoft.Bot.Schema.TextFormatTypes.Plain;
        return message;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Panel of round {RoundId}: {Outcome}; {Members} members")]
    private static partial void LogMembership(ILogger logger, string roundId, MembershipOutcome outcome, int members);
}
