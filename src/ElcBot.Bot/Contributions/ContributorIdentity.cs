using ElcBot.Core.Privacy;
using Microsoft.Bot.Builder;

namespace ElcBot.Bot.Contributions;

/// <summary>The pseudonymous key of the person acting in a turn; the raw Teams id goes no further than this.</summary>
public sealed class ContributorIdentity(ContributorKeys keys)
{
    /// <returns>Null when the activity says nothing about who sent it.</returns>
    public string? KeyOf(ITurnContext turnContext) =>
        TurnPeople.UserIdOf(turnContext.Activity) is { Length: > 0 } id ? keys.For(id) : null;
}
