using ElcBot.Core.Rounds;
using ElcBot.IntegrationTests.Peers;

namespace ElcBot.IntegrationTests.Storage;

/// <summary>Rounds kept for a moment, with two instances of the service sharing one Azurite.</summary>
public sealed class RecentRoundsCacheTests : TwoInstances
{
    private IRoundStore Here => OnThisInstance<IRoundStore>();

    private IRoundStore Elsewhere => OnTheOther<IRoundStore>();

    [Fact]
    public async Task Should_see_a_close_here_at_once_and_a_close_elsewhere_within_two_seconds()
    {
        var first = Round("round-1", "19:one@thread.tacv2");
        var second = Round("round-2", "19:two@thread.tacv2");
        Assert.Null(await Here.GetAsync(first.Id, CancellationToken.None));
        await Elsewhere.TryOpenAsync(first, CancellationToken.None);
        await Elsewhere.TryOpenAsync(second, CancellationToken.None);
        var foundAtOnce = (await Here.GetAsync(first.Id, CancellationToken.None))?.IsOpen;
        await Here.GetAsync(second.Id, CancellationToken.None);

        await Here.CloseAsync(first, CancellationToken.None);
        await Elsewhere.CloseAsync(second, CancellationToken.None);
        var closedHere = (await Here.GetAsync(first.Id, CancellationToken.None))!.IsOpen;
        var closedElsewhereBefore = (await Here.GetAsync(second.Id, CancellationToken.None))!.IsOpen;
        Time.Advance(TimeSpan.FromSeconds(2));
        var closedElsewhereAfter = (await Here.GetAsync(second.Id, CancellationToken.None))!.IsOpen;

        Assert.Equal([true, false, true, false], new[] { foundAtOnce, closedHere, closedElsewhereBefore, closedElsewhereAfter });
    }

    private static Round Round(string id, string conversation) =>
        new(id, conversation, "tenant-1", "19:team@thread.tacv2", "What would help?", ElcStage.Discover, null, true, new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero));
}
