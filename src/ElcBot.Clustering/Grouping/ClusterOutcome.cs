namespace ElcBot.Clustering.Grouping;

/// <summary>Final clusters: each row's theme number (largest theme is 0) or <see cref="Other"/>.</summary>
/// <param name="Labels">Theme of each row, or <see cref="Other"/>.</param>
/// <param name="Similarities">Cosine of each row to its cluster's centre.</param>
/// <param name="ThemeCount">Number of themes (labels 0 to ThemeCount - 1).</param>
public sealed record ClusterOutcome(int[] Labels, float[] Similarities, int ThemeCount)
{
    /// <summary>The label of a row that belongs to no theme.</summary>
    public const int Other = -1;
}
