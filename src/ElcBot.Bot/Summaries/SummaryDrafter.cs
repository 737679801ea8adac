using ElcBot.Core.Summaries;
using ElcBot.Core.Updates;

namespace ElcBot.Bot.Summaries;

/// <summary>Composes a round's next summary, with "You said, we did", whether it is posted straight away or goes to a panel first.</summary>
public sealed class SummaryDrafter(ISummarySource source, SummaryComposer composer, ISummaryStore summaries, UpdateHistory updates)
{
    /// <returns>The round and its next summary, or null when the round no longer exists.</returns>
    public async Task<SummaryDraft?> DraftAsync(string roundId, CancellationToken cancellationToken)
    {
        var data = await source.LoadAsync(roundId, cancellationToken).ConfigureAwait(false);
        if (data is null)
        {
            return null;
        }

        var previous = (await summaries.ListAsync(roundId, 1, cancellationToken).ConfigureAwait(false)).FirstOrDefault();
        var summary = await composer.ComposeAsync(data.Round, data.Contributions, previous, cancellationToken).ConfigureAwait(false);
        // "You said, we did": what facilitators said happened since the previous summary.
        var news = await updates.SinceAsync(roundId, previous, summary.PeriodEnd, data.Contributions, cancellationToken).ConfigureAwait(false);
        return new SummaryDraft(data.Round, summary with { Updates = news }, data.Contributions.Count);
    }
}

/// <summary>A round's next summary, not yet posted.</summary>
public sealed record SummaryDraft(SummaryRound Round, RoundSummary Summary, int Contributions);
