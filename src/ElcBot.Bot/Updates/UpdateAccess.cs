using ElcBot.Bot.Contributions;
using ElcBot.Bot.Installation;
using ElcBot.Core.Conversations;
using ElcBot.Core.Rounds;
using Microsoft.Bot.Schema;

namespace ElcBot.Bot.Updates;

/// <summary>Where a facilitator may give news about a round: in the round's own conversation, or in personal chat in its tenant.</summary>
public static class UpdateAccess
{
    public static bool MayUpdateFromHere(IActivity activity, Round round) =>
        TurnPeople.IsPersonal(activity)
            ? string.Equals(ConversationRegistrar.TenantOf(activity), round.TenantId, StringComparison.Ordinal)
            : ConversationIds.Base(TurnPeople.ConversationIdOf(activity)) == ConversationIds.Base(round.ConversationId);
}
