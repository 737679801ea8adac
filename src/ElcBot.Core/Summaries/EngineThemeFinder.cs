using ElcBot.Core.Themes;

namespace ElcBot.Core.Summaries;

/// <summary>Finds a summary's themes with the theme engine (which embeds anything still missing a vector).</summary>
public sealed class EngineThemeFinder(IThemeEngine engine) : IThemeFinder
{
    public async Task<IReadOnlyList<FoundTheme>> FindAsync(IReadOnlyList<SummaryContribution> contributions, CancellationToken cancellationToken)
    {
        var input = contributions
            .Select(c => new ThemeContribution(c.Id, c.Kind, c.Text, c.Role, c.Consent, c.Vector, c.SupporterGroups))
            .ToArray();
        var found = await engine.FindThemesAsync(input, ThemeOptions.Default, cancellationToken).ConfigureAwait(false);
        return found.Themes.Select(t => new FoundTheme(t.Label, t.MemberIds)).ToArray();
    }
}
