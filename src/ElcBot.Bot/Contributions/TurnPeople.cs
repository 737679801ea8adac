using ElcBot.Bot.Installation;
using ElcBot.Core.Rounds;
using Microsoft.Bot.Builder.Teams;
using Microsoft.Bot.Schema;

namespace ElcBot.Bot.Contributions;

/// <summary>Who is acting and where, read from the activity. Nothing here assumes the person is in the bot's tenant.</summary>
public static class TurnPeople
{
    /// <summary>The Entra object id when Teams sends one (stable across chats), otherwise the Teams user id.</summary>
    public static string? UserIdOf(IActivity activity) =>
        string.IsNullOrWhiteSpace(activity.From?.AadObjectId) ? activity.From?.Id : activity.From.AadObjectId;

    /// <summary>The conversation id without a channel thread's ";messageid=" part, so replies in a thread find the channel's round.</summary>
    public static string ConversationIdOf(IActivity activity)
    {
        var id = activity.Conversation?.Id ?? string.Empty;
        var thread = id.IndexOf(";messageid=", StringComparison.OrdinalIgnoreCase);
        return thread < 0 ? id : id[..thread];
    }

    public static bool IsPersonal(IActivity activity) =>
        ConversationRegistrar.KindOf(activity) == Core.Conversations.ConversationKind.Personal;

    /// <summary>The tenant of the conversation (not the person's home tenant, which differs for guests).</summary>
    public static RoundScope ScopeOf(IActivity activity) =>
        new(ConversationRegistrar.TenantOf(activity), (activity as Activity)?.TeamsGetTeamInfo()?.Id, ConversationIdOf(activity));
}
