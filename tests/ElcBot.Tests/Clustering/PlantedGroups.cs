using ElcBot.Clustering.Vectors;

namespace ElcBot.Tests.Clustering;

/// <summary>Vectors scattered around a few random directions, shuffled so row order cannot give the groups away.</summary>
internal static class PlantedGroups
{
    public static (List<float[]> Vectors, int[] Truth) Make(int groups, int perGroup, int seed, float noise = 0.6f, int dimensions = 48)
    {
        var random = new Random(seed);
        var centres = Enumerable.Range(0, groups).Select(_ => Direction(random, dimensions)).ToArray();
        var items = Enumerable.Range(0, groups * perGroup).Select(i => (Group: i % groups, Order: random.Next())).OrderBy(p => p.Order).ToArray();
        var vectors = items.Select(p => VectorMath.Normalised(centres[p.Group].Zip(Direction(random, dimensions), (c, n) => c + (noise * n)).ToArray())).ToList();
        return (vectors, items.Select(p => p.Group).ToArray());
    }

    public static float[] Direction(Random random, int dimensions = 48) =>
        VectorMath.Normalised(Enumerable.Range(0, dimensions).Select(_ => (float)((random.NextDouble() * 2) - 1)).ToArray());
}
