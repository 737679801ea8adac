using ElcBot.Core.Contributions;
using ElcBot.IntegrationTests.Peers;

namespace ElcBot.IntegrationTests.Contributions;

/// <summary>The kept ideas lists, with two instances of the service sharing one Azurite.</summary>
public sealed class ListedIdeasCacheTests : TwoInstances
{
    private IContributionStore Here => OnThisInstance<IContributionStore>();

    private IContributionStore Elsewhere => OnTheOther<IContributionStore>();

    [Fact]
    public async Task Should_show_this_instances_changes_at_once_and_another_instances_within_two_seconds()
    {
        await Here.AddAsync(Idea("a", 1), CancellationToken.None);
        var first = await ListedAsync();
        await Here.AddAsync(Idea("b", 2), CancellationToken.None);
        await Elsewhere.AddAsync(Idea("c", 3), CancellationToken.None);
        var beforeFreshness = await ListedAsync();
        Time.Advance(TimeSpan.FromSeconds(2));
        var afterFreshness = await ListedAsync();
        await Elsewhere.DeleteAsync(Idea("c", 3), CancellationToken.None);
        await Here.DeleteAsync(Idea("a", 1), CancellationToken.None);
        var afterErasure = await ListedAsync();

        Assert.Equal(["a"], first);
        Assert.Equal(["b", "a"], beforeFreshness);
        Assert.Equal(["c", "b", "a"], afterFreshness);
        Assert.Equal(["b"], afterErasure);
    }

    private async Task<string[]> ListedAsync() =>
        [.. (await Here.ListWithoutVectorsAsync("round-1", ContributionKind.Idea, CancellationToken.None)).Select(c => c.Id)];

    private static Contribution Idea(string id, int day) => new(
        "round-1", id, ContributionKind.Idea, $"idea {id}", ContributorRole.Carer, ConsentLevel.MayQuote, "key-" + id, null, null,
        new DateTimeOffset(2026, 3, day, 9, 0, 0, TimeSpan.Zero), "sub-" + id);
}
