namespace ElcBot.Clustering.Grouping;

/// <summary>How hard spherical k-means tries.</summary>
/// <param name="Seed">Drives seeding; same seed, same result.</param>
/// <param name="Restarts">Independent seedings; the best objective wins.</param>
/// <param name="MaxIterations">Lloyd iterations per restart.</param>
/// <param name="Tolerance">Stop when fewer than this share of rows change cluster.</param>
public sealed record KMeansSettings(int Seed = 42, int Restarts = 4, int MaxIterations = 40, double Tolerance = 0.001);
