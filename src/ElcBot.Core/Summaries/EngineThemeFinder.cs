using ElcBot.Core.Themes;

namespace ElcBot.Core.Summaries;

/// <summary>Finds a summary's themes with the theme engine (which embeds anything still missing a vector).</summary>
/// <remarks>
/// Vectors the engine had to make are handed to the background worker to store, so the next summary of the round
/// (a closed one too) does not embed them again; the summary itself never waits on those writes.
/// </remarks>
public sealed class EngineThemeFinder(IThemeEngine engine, IPendingEmbeddings pending) : IThemeFinder
{
    public async Task<IReadOnlyList<FoundTheme>> FindAsync(string roundId, IReadOnlyList<SummaryContribution> contributions, CancellationToken cancellationToken)
    {
        var input = contributions
            .Select(c => new ThemeContribution(c.Id, c.Kind, c.Text, c.Role, c.Consent, c.Vector, c.SupporterGroups))
            .ToArray();
        var found = await engine.FindThemesAsync(input, ThemeOptions.Default, cancellationToken).ConfigureAwait(false);
        foreach (var (id, vector) in found.Embedded)
        {
            pending.TryStore(roundId, id, vector);
        }

        return found.Themes.Select(t => new FoundTheme(t.Label, t.MemberIds)).ToArray();
    }
}
