using ElcBot.Bot.Cards;
using ElcBot.Core.Contributions;
using ElcBot.Core.Rounds;
using ElcBot.Core.Summaries;

namespace ElcBot.Bot.Updates;

/// <summary>What the update form offers for a round: the themes of its latest summary and its most supported ideas.</summary>
/// <remarks>Ideas meant for the facilitators only are left out: the form may be shown in the channel, and updates reach the summary.</remarks>
public sealed class UpdateFormSource(ISummaryStore summaries, IContributionStore contributions, ISupportStore supports)
{
    /// <summary>Keeps the form's list short enough to choose from and well within Teams' card size.</summary>
    public const int MaxIdeas = 25;

    public async Task<UpdateForm> LoadAsync(Round round, CancellationToken cancellationToken)
    {
        var latest = (await summaries.ListAsync(round.Id, 1, cancellationToken).ConfigureAwait(false)).FirstOrDefault();
        var ideas = (await contributions.ListAsync(round.Id, ContributionKind.Idea, cancellationToken).ConfigureAwait(false))
            .Where(i => i.Consent != ConsentLevel.FacilitatorsOnly)
            .ToArray();
        var support = (await supports.ListForRoundAsync(round.Id, cancellationToken).ConfigureAwait(false))
            .GroupBy(s => s.IdeaId)
            .ToDictionary(g => g.Key, g => g.Count());
        return new UpdateForm(
            round.Id,
            round.Question,
            latest?.SummaryId,
            latest?.Themes.Select(t => (t.ThemeId, t.Label)).ToArray() ?? [],
            ideas.OrderByDescending(i => support.GetValueOrDefault(i.Id)).ThenByDescending(i => i.CreatedAt).Take(MaxIdeas).Select(i => (i.Id, i.Text)).ToArray());
    }
}
