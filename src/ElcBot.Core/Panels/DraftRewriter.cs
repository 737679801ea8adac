using ElcBot.Core.Privacy;
using Microsoft.Extensions.Logging;

namespace ElcBot.Core.Panels;

/// <summary>Changes a round's stored draft for "forget me", on top of anyone else's change saved meanwhile.</summary>
public sealed partial class DraftRewriter(IPanelDraftStore drafts, TimeProvider time, ILogger<DraftRewriter> logger)
{
    private const int Attempts = PanelBalance.MaxMembers + 5;

    /// <param name="roundId">The round whose draft to change.</param>
    /// <param name="change">The draft as it should be, or null when it needs no change.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>True when a change was saved.</returns>
    /// <exception cref="ErasureIncompleteException">The draft stayed busy; asking again finishes the job.</exception>
    public async Task<bool> ChangeAsync(string roundId, Func<PanelDraft, PanelDraft?> change, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            await Contention.BackOffAsync(attempt, cancellationToken).ConfigureAwait(false);
            var found = await drafts.FindAsync(roundId, cancellationToken).ConfigureAwait(false);
            if (found is null || change(found.Draft) is not { } changed)
            {
                return false;
            }

            // A draft being posted is left to the instance posting it (a write now would take the post from it); once
            // it is posted, or its lease ends, it may be changed again.
            if (found.Draft is { State: DraftState.Publishing, LeaseUntil: { } until } && until > time.GetUtcNow())
            {
                continue;
            }

            if (await drafts.TrySaveAsync(changed, found.Version, null, cancellationToken).ConfigureAwait(false) is not null)
            {
                return true;
            }
        }

        LogDraftBusy(logger, roundId);
        throw new ErasureIncompleteException("A review panel's draft was busy, so it could not be changed yet. Asking again finishes the job.");
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The draft of round {RoundId} stayed busy; forget me must be asked again")]
    private static partial void LogDraftBusy(ILogger logger, string roundId);
}
