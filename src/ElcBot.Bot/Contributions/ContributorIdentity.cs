using ElcBot.Bot.Installation;
using ElcBot.Core.Privacy;
using Microsoft.Bot.Builder;

namespace ElcBot.Bot.Contributions;

/// <summary>The pseudonymous key of the person acting in a turn; the raw Teams id goes no further than this.</summary>
public sealed class ContributorIdentity(ContributorKeys keys)
{
    /// <returns>Null when the activity says nothing about who sent it.</returns>
    public string? KeyOf(ITurnContext turnContext) =>
        TurnPeople.UserIdOf(turnContext.Activity) is { Length: > 0 } id ? keys.For(id) : null;

    /// <summary>The person asking to be forgotten: their key, the keys of both their Teams ids, and their tenant.</summary>
    /// <returns>Null when the activity says nothing about who sent it.</returns>
    public PersonToForget? ToForget(ITurnContext turnContext)
    {
        if (KeyOf(turnContext) is not { } key)
        {
            return null;
        }

        // A review panel knows people by the Teams id a mention carries, not the Entra id the key is usually made from.
        var from = turnContext.Activity.From;
        var accounts = new[] { from?.Id, from?.AadObjectId }
            .Where(id => !string.IsNullOrWhiteSpace(id))
            .Select(id => keys.For(id!))
            .ToHashSet(StringComparer.Ordinal);
        return new PersonToForget(key, accounts, ConversationRegistrar.TenantOf(turnContext.Activity));
    }
}
