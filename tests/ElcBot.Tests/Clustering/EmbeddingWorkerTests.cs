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
        var (store, saved) = StoreExpecting(2);
        using var worker = new EmbeddingWorker(queue, new FakeEmbedder(), store.Object, NullLogger<EmbeddingWorker>.Instance);

        await worker.StartAsync(CancellationToken.None);
        Assert.True(queue.TryEnqueue("r1", "c1", "parking costs"));
        Assert.True(queue.TryEnqueue("r1", "c2", "kind nurses"));
        await saved.WaitAsync(TimeSpan.FromSeconds(10));
        await worker.StopAsync(CancellationToken.None);

        store.Verify(s => s.SaveVectorAsync("r1", "c1", It.Is<float[]>(v => v.SequenceEqual(FakeEmbedder.Vector("parking costs"))), It.IsAny<CancellationToken>()), Times.Once);
        store.Verify(s => s.SaveVectorAsync("r1", "c2", It.Is<float[]>(v => v.Length == 256), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task Should_store_a_vector_a_summary_made_without_embedding_it_again()
    {
        var queue = new EmbeddingQueue();
        var (store, saved) = StoreExpecting(2);
        var embedder = new FakeEmbedder();
        using var worker = new EmbeddingWorker(queue, embedder, store.Object, NullLogger<EmbeddingWorker>.Instance);
        var made = FakeEmbedder.Vector("made by a summary");

        Assert.True(queue.TryStore("r1", "c1", made));
        Assert.True(queue.TryEnqueue("r1", "c2", "kind nurses"));
        await worker.StartAsync(CancellationToken.None);
        await saved.WaitAsync(TimeSpan.FromSeconds(10));
        await worker.StopAsync(CancellationToken.None);

        store.Verify(s => s.SaveVectorAsync("r1", "c1", made, It.IsAny<CancellationToken>()), Times.Once);
        store.Verify(s => s.SaveVectorAsync("r1", "c2", It.Is<float[]>(v => v.SequenceEqual(FakeEmbedder.Vector("kind nurses"))), It.IsAny<CancellationToken>()), Times.Once);
        Assert.Equal(["kind nurses"], embedder.Embedded);
    }

    [Fact]
    public async Task Should_log_no_failure_when_the_model_stops_mid_batch_because_the_service_is_stopping()
    {
        var queue = new EmbeddingQueue();
        var started = new TaskCompletionSource();
        var embedder = new Mock<ITextEmbedder>();
        // As ONNX Runtime does: a run cut short by the token ends in the runtime's own exception, not a cancellation.
        embedder.Setup(e => e.EmbedAsync(It.IsAny<IReadOnlyList<string>>(), It.IsAny<CancellationToken>()))
            .Returns(async (IReadOnlyList<string> _, CancellationToken token) =>
            {
                started.TrySetResult();
                await Task.Delay(Timeout.Infinite, token).ContinueWith(_ => { }, TaskScheduler.Default);
                throw new InvalidOperationException("Exiting due to terminate flag being set to true.");
            });
        var logger = new Mock<Microsoft.Extensions.Logging.ILogger<EmbeddingWorker>>();
        logger.Setup(l => l.IsEnabled(It.IsAny<Microsoft.Extensions.Logging.LogLevel>())).Returns(true);
        using var worker = new EmbeddingWorker(queue, embedder.Object, Mock.Of<IContributionVectorStore>(), logger.Object);

        await worker.StartAsync(CancellationToken.None);
        queue.TryEnqueue("r1", "c1", "parking costs");
        await started.Task.WaitAsync(TimeSpan.FromSeconds(10));
        await worker.StopAsync(CancellationToken.None);

        logger.Verify(l => l.Log(Microsoft.Extensions.Logging.LogLevel.Warning, It.IsAny<Microsoft.Extensions.Logging.EventId>(), It.IsAny<It.IsAnyType>(),
            It.IsAny<Exception?>(), It.IsAny<Func<It.IsAnyType, Exception?, string>>()), Times.Never);
    }

    /// <summary>A vector store that records saves; the task completes once <paramref name="saves"/> have arrived.</summary>
    private static (Mock<IContributionVectorStore> Store, Task Saved) StoreExpecting(int saves)
    {
        var store = new Mock<IContributionVectorStore>();
        var saved = new TaskCompletionSource();
        var count = 0;
        store.Setup(s => s.SaveVectorAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<float[]>(), It.IsAny<CancellationToken>()))
            .Callback(() =>
            {
                if (Interlocked.Increment(ref count) == saves)
                {
                    saved.TrySetResult();
                }
            })
            .Returns(Task.CompletedTask);
        return (store, saved.Task);
    }

    [Fact]
    public void Should_refuse_new_work_when_the_queue_is_completed()
    {
        var queue = new EmbeddingQueue();
        queue.Complete();

        Assert.False(queue.TryEnqueue("r1", "c1", "text"));
    }
}
