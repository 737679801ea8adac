namespace ElcBot.Clustering.Grouping;

/// <summary>Derives a seed from a seed and counters, the same in every process.</summary>
/// <remarks>HashCode.Combine is salted per process, so seeds made with it change from run to run.</remarks>
public static class SeedMix
{
    /// <summary>A well-spread 32-bit seed from the given parts (SplitMix64 finaliser over each part in turn).</summary>
    public static int Mix(params ReadOnlySpan<int> parts)
    {
        var state = 0x9E3779B97F4A7C15UL;
        foreach (var part in parts)
        {
            state ^= (ulong)(uint)part;
            state += 0x9E3779B97F4A7C15UL;
            state = (state ^ (state >> 30)) * 0xBF58476D1CE4E5B9UL;
            state = (state ^ (state >> 27)) * 0x94D049BB133111EBUL;
            state ^= state >> 31;
        }

        return (int)(state & 0x7FFFFFFF);
    }
}
