namespace ElcBot.Core.Themes;

/// <summary>Turns a round's contributions into labelled themes with quotes and voices.</summary>
public interface IThemeEngine
{
    /// <summary>Embeds whatever lacks a vector, clusters, labels and counts voices.</summary>
    Task<ThemeSet> FindThemesAsync(IReadOnlyList<ThemeContribution> contributions, ThemeOptions options, CancellationToken cancellationToken);
}
