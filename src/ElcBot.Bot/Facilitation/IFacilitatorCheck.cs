using Microsoft.Bot.Builder;

namespace ElcBot.Bot.Facilitation;

/// <summary>Says whether the person in the turn may facilitate (team owners and the configured facilitators).</summary>
public interface IFacilitatorCheck
{
    Task<bool> IsFacilitatorAsync(ITurnContext turnContext, CancellationToken cancellationToken);
}
