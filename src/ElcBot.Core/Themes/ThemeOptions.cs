namespace ElcBot.Core.Themes;

/// <summary>Knobs for one run of the theme engine; the defaults suit a weekly summary.</summary>
/// <param name="Seed">Same seed, same input: same themes.</param>
/// <param name="ThemeCount">Force this many clusters before outliers are removed; null lets the engine choose.</param>
/// <param name="QuotesPerTheme">How many quotable members to return per theme.</param>
/// <param name="MinThemeSize">Fewer members than this and the group goes to "other ideas".</param>
public sealed record ThemeOptions(int Seed = 42, int? ThemeCount = null, int QuotesPerTheme = 3, int MinThemeSize = 2)
{
    /// <summary>The defaults.</summary>
    public static ThemeOptions Default { get; } = new();
}
