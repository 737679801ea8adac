namespace ElcBot.Clustering.Grouping;

/// <summary>Reproducible sampling without replacement.</summary>
public static class Sampling
{
    /// <summary>Up to <paramref name="count"/> distinct items, in their original order.</summary>
    public static int[] Choose(int[] items, int count, Random random)
    {
        if (count >= items.Length)
        {
            return (int[])items.Clone();
        }

        // Partial Fisher-Yates on indices, then sort so downstream work reads rows in order.
        var indices = Enumerable.Range(0, items.Length).ToArray();
        for (var i = 0; i < count; i++)
        {
            var j = random.Next(i, indices.Length);
            (indices[i], indices[j]) = (indices[j], indices[i]);
        }

        var picked = indices[..count];
        Array.Sort(picked);
        return picked.Select(i => items[i]).ToArray();
    }
}
