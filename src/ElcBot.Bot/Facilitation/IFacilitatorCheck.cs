using Microsoft.Bot.Builder;

namespace ElcBot.Bot.Facilitation;

/// <summary>Says whether the person in the turn may facilitate: a configured facilitator, or a team owner if Teams ever reports one.</summary>
public interface IFacilitatorCheck
{
    Task<bool> IsFacilitatorAsync(ITurnContext turnContext, CancellationToken cancellationToken);
}
