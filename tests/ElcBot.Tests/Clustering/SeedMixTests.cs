using ElcBot.Clustering.Grouping;

namespace ElcBot.Tests.Clustering;

public sealed class SeedMixTests
{
    // A fixed value, worked out by hand from the SplitMix64 steps: a per-process salt (as HashCode.Combine has) would make it differ between runs.
    [Fact]
    public void Should_give_the_same_seed_in_every_process_when_parts_are_the_same()
    {
        Assert.Equal(ExpectedFor42And0And9, SeedMix.Mix(42, 0, 9));
    }

    [Fact]
    public void Should_give_different_seeds_when_any_part_differs()
    {
        int[] seeds = [SeedMix.Mix(42, 0, 9), SeedMix.Mix(42, 1, 9), SeedMix.Mix(42, 0, 10), SeedMix.Mix(43, 0, 9), SeedMix.Mix(9, 0, 42)];

        Assert.Equal(seeds.Length, seeds.Distinct().Count());
        Assert.All(seeds, s => Assert.True(s >= 0));
    }

    private const int ExpectedFor42And0And9 = 407442209;
}
