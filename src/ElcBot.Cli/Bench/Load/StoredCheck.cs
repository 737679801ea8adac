using ElcBot.Core.Contributions;
using ElcBot.Core.Privacy;

namespace ElcBot.Cli.Bench.Load;

/// <summary>Checks storage against what people were told: every acknowledged idea and support is there exactly once.</summary>
public static class StoredCheck
{
    public static async Task<StoredTally> RunAsync(
        IContributionStore contributions, ISupportStore supports, ContributorKeys keys, string roundId,
        IReadOnlyCollection<SharedIdea> shared, IReadOnlyCollection<GivenSupport> supported, CancellationToken cancellationToken)
    {
        // Every share carries words no other share has, so the same words twice is the same idea stored twice.
        var stored = await contributions.ListAsync(roundId, null, cancellationToken).ConfigureAwait(false);
        var byText = stored.GroupBy(c => c.Text, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        int lost = 0, duplicated = 0;
        foreach (var idea in shared)
        {
            var id = ContributionService.IdFor(roundId, keys.For(idea.PersonId), idea.SubmissionId);
            var copies = byText.GetValueOrDefault(idea.Text) ?? [];
            lost += copies.Any(c => c.Id == id) ? 0 : 1;
            duplicated += Math.Max(0, copies.Length - 1);
        }

        var active = (await supports.ListForRoundAsync(roundId, cancellationToken).ConfigureAwait(false))
            .GroupBy(s => (s.IdeaId, s.SupporterKey)).ToDictionary(g => g.Key, g => g.Count());
        foreach (var support in supported)
        {
            var copies = active.GetValueOrDefault((support.IdeaId, keys.For(support.PersonId)));
            lost += copies == 0 ? 1 : 0;
            duplicated += Math.Max(0, copies - 1);
        }

        var acknowledgedTexts = shared.Select(s => s.Text).ToHashSet(StringComparer.Ordinal);
        return new StoredTally(shared.Count, supported.Count, lost, duplicated, stored.Count(c => !acknowledgedTexts.Contains(c.Text)));
    }
}

/// <summary>What the storage check found.</summary>
/// <param name="Unacknowledged">Ideas stored whose "saved" card never reached the person (a turn cut off after the save); not an error.</param>
public sealed record StoredTally(int Ideas, int Supports, int Lost, int Duplicated, int Unacknowledged);
