namespace ElcBot.Clustering.Grouping;

/// <summary>One point of a silhouette curve averaged over samples.</summary>
/// <param name="K">Number of groups.</param>
/// <param name="Mean">Mean silhouette over the samples.</param>
/// <param name="Error">Standard error of that mean (0 from a single sample).</param>
public sealed record SilhouettePoint(int K, double Mean, double Error);
