using ElcBot.Bot.Summaries;
using ElcBot.Core.Panels;
using ElcBot.Core.Summaries.Scheduling;

namespace ElcBot.Bot.Panels;

/// <summary>Posts a summary straight away, or, when the round has a review panel, sends it to the panel first.</summary>
/// <remarks>Both the `summary` command and the weekly schedule publish through this, so both respect the panel.</remarks>
public sealed class PanelAwarePublisher(SummaryPublisher direct, IPanelStore panels, PanelDraftSender drafts) : ISummaryPublisher
{
    public async Task<PublishOutcome> PublishAsync(string roundId, CancellationToken cancellationToken)
    {
        var members = await panels.ListMembersAsync(roundId, cancellationToken).ConfigureAwait(false);
        return members.Count == 0
            ? await direct.PublishAsync(roundId, cancellationToken).ConfigureAwait(false)
            : await drafts.SendAsync(roundId, members, cancellationToken).ConfigureAwait(false);
    }
}
