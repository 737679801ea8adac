using ElcBot.Core.Contributions;
using ElcBot.Core.Summaries;

namespace ElcBot.Core.Updates;

/// <summary>Reads updates back: the latest news of each contribution, and the updates a summary should show.</summary>
public sealed class UpdateHistory(IUpdateStore updates)
{
    /// <returns>For each contribution with news, its latest update (by contribution id).</returns>
    public async Task<IReadOnlyDictionary<string, ProgressUpdate>> LatestForAsync(IReadOnlyList<Contribution> mine, CancellationToken cancellationToken)
    {
        var latest = new Dictionary<string, ProgressUpdate>(StringComparer.Ordinal);
        foreach (var round in mine.GroupBy(c => c.RoundId))
        {
            var newestFirst = await updates.ListForRoundAsync(round.Key, cancellationToken).ConfigureAwait(false);
            foreach (var contribution in round)
            {
                if (newestFirst.FirstOrDefault(u => u.ContributionIds.Contains(contribution.Id)) is { } update)
                {
                    latest[contribution.Id] = update;
                }
            }
        }

        return latest;
    }

    /// <summary>The "you said, we did" lines for a summary: updates given since the previous summary, oldest first.</summary>
    /// <remarks>An idea's words are shown only when its author allowed quoting, as everywhere else in a summary.</remarks>
    public async Task<IReadOnlyList<UpdateLine>> SinceAsync(string roundId, RoundSummary? previous, DateTimeOffset until, IReadOnlyList<SummaryContribution> contributions,
        CancellationToken cancellationToken)
    {
        var all = await updates.ListForRoundAsync(roundId, cancellationToken).ConfigureAwait(false);
        return Lines(all, previous?.PeriodEnd, until, contributions);
    }

    public static IReadOnlyList<UpdateLine> Lines(IEnumerable<ProgressUpdate> updates, DateTimeOffset? after, DateTimeOffset until, IReadOnlyList<SummaryContribution> contributions)
    {
        var quotable = contributions.Where(c => c.Consent == ConsentLevel.MayQuote).ToDictionary(c => c.Id, c => c.Text, StringComparer.Ordinal);
        return updates
            .Where(u => (after is not { } from || u.CreatedAt > from) && u.CreatedAt <= until)
            .OrderBy(u => u.CreatedAt)
            .Select(u => new UpdateLine(
                u.Subject,
                u.Subject == UpdateSubject.Theme ? u.ThemeLabel : quotable.GetValueOrDefault(u.SubjectId),
                u.Status,
                u.Text,
                u.CreatedAt))
            .ToArray();
    }
}
