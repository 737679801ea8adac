namespace ElcBot.Core.Themes;

/// <summary>The themes of a round, largest first, and the contributions that fitted none of them.</summary>
/// <param name="Themes">Each with at least two members.</param>
/// <param name="OtherIds">The "other ideas" bucket: outliers and singletons.</param>
/// <param name="SharedGround">Ids of contributions backed by both lived experience and staff (author or supporters).</param>
public sealed record ThemeSet(
    IReadOnlyList<Theme> Themes,
    IReadOnlyList<string> OtherIds,
    IReadOnlyList<string> SharedGround)
{
    /// <summary>No themes and nothing left over.</summary>
    public static ThemeSet Empty { get; } = new([], [], []);

    /// <summary>Vectors made here for contributions that had none stored, by contribution id, so the caller can keep them.</summary>
    public IReadOnlyDictionary<string, float[]> Embedded { get; init; } = new Dictionary<string, float[]>();

    /// <summary>Themes raised or supported by both lived experience and staff.</summary>
    public IEnumerable<Theme> SharedGroundThemes => Themes.Where(t => t.Voices.IsSharedGround);

    /// <summary>Themes heard from one voice group only.</summary>
    public IEnumerable<Theme> NeedsMoreVoices => Themes.Where(t => t.Voices.NeedsMoreVoices);
}
