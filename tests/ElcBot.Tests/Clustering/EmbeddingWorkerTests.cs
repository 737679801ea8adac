using ElcBot.Clustering.Embedding;
using ElcBot.Core.Themes;
using Microsoft.Extensions.Logging.Abstractions;
using Moq;

namespace ElcBot.Tests.Clustering;

public sealed class EmbeddingWorkerTests
{
    [Fact]
    public async Task Should_store_a_vector_for_each_queued_contribution()
    {
        var queue = new EmbeddingQueue();
        var store = new Mock<IContributionVectorStore>();
        var saved = new TaskCompletionSource();
        var count = 0;
        store.Setup(s => s.SaveVectorAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<float[]>(), It.IsAny<CancellationToken>()))
            .Callback(() =>
            {
                if (Interlocked.Increment(ref count) == 2)
                {
                    saved.TrySetResult();
                }
            })
            .Returns(Task.CompletedTask);
        using var worker = new EmbeddingWorker(queue, new FakeEmbedder(), store.Object, NullLogger<EmbeddingWorker>.Instance);

        await worker.StartAsync(CancellationToken.None);
        Assert.True(queue.TryEnqueue("r1", "c1", "parking costs"));
        Assert.True(queue.TryEnqueue("r1", "c2", "kind nurses"));
        await saved.Task.WaitAsync(TimeSpan.FromSeconds(10));
        await worker.StopAsync(CancellationToken.None);

        store.Verify(s => s.SaveVectorAsync("r1", "c1", It.Is<float[]>(v => v.SequenceEqual(FakeEmbedder.Vector("parking costs"))), It.IsAny<CancellationToken>()), Times.Once);
        store.Verify(s => s.SaveVectorAsync("r1", "c2", It.Is<float[]>(v => v.Length == 256), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public void Should_refuse_new_work_when_the_queue_is_completed()
    {
        var queue = new EmbeddingQueue();
        queue.Complete();

        Assert.False(queue.TryEnqueue("r1", "c1", "text"));
    }
}
