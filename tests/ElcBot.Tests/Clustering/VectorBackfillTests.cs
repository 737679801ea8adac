using ElcBot.Clustering.Embedding;
using ElcBot.Core.Contributions;
using ElcBot.Core.Rounds;
using ElcBot.Core.Themes;
using Microsoft.Extensions.Logging.Abstractions;
using Moq;

namespace ElcBot.Tests.Clustering;

public sealed class VectorBackfillTests
{
    [Fact]
    public async Task Should_queue_only_the_contributions_of_open_rounds_that_have_no_vector()
    {
        var rounds = new Mock<IRoundStore>();
        rounds.Setup(r => r.ListOpenAsync(It.IsAny<CancellationToken>())).ReturnsAsync([Round("r1"), Round("r2")]);
        var contributions = new Mock<IContributionStore>();
        contributions.Setup(c => c.ListAsync("r1", null, It.IsAny<CancellationToken>()))
            .ReturnsAsync([Contribution("r1", "a", "parking", vector: [1, 2, 3, 4]), Contribution("r1", "b", "kind nurses", vector: null)]);
        contributions.Setup(c => c.ListAsync("r2", null, It.IsAny<CancellationToken>()))
            .ReturnsAsync([Contribution("r2", "c", "letters came late", vector: [])]);
        var queue = new EmbeddingQueue();
        using var backfill = new VectorBackfill(rounds.Object, contributions.Object, queue, NullLogger<VectorBackfill>.Instance);

        await backfill.StartAsync(CancellationToken.None);
        await backfill.ExecuteTask!.WaitAsync(TimeSpan.FromSeconds(10));
        queue.Complete();
        var queued = await queue.Reader.ReadAllAsync().ToListAsync();

        Assert.Equal([new PendingEmbedding("r1", "b", "kind nurses"), new PendingEmbedding("r2", "c", "letters came late")], queued);
    }

    [Fact]
    public async Task Should_finish_quietly_when_the_stores_cannot_be_read()
    {
        var rounds = new Mock<IRoundStore>();
        rounds.Setup(r => r.ListOpenAsync(It.IsAny<CancellationToken>())).ThrowsAsync(new InvalidOperationException("storage is down"));
        var queue = new EmbeddingQueue();
        using var backfill = new VectorBackfill(rounds.Object, Mock.Of<IContributionStore>(), queue, NullLogger<VectorBackfill>.Instance);

        await backfill.StartAsync(CancellationToken.None);
        await backfill.ExecuteTask!.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.True(backfill.ExecuteTask.IsCompletedSuccessfully);
        Assert.False(queue.Reader.TryRead(out _));
    }

    private static Round Round(string id) => new(id, "19:" + id, "tenant", "team", "What matters?", ElcStage.Discover, null, true, DateTimeOffset.UnixEpoch);

    private static Contribution Contribution(string roundId, string id, string text, byte[]? vector) =>
        new(roundId, id, ContributionKind.Idea, text, ContributorRole.Carer, ConsentLevel.MayQuote, "key", null, null, DateTimeOffset.UnixEpoch, "s-" + id, vector);
}
