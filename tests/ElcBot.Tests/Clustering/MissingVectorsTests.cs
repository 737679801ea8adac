using ElcBot.Core.Contributions;
using ElcBot.Core.Themes;
using ElcBot.Storage.Tables;
using ElcBot.Tests.Fakes;

namespace ElcBot.Tests.Clustering;

public sealed class MissingVectorsTests
{
    private readonly FakeContributionStore _contributions = new();
    private readonly FakeEmbedder _embedder = new();
    private readonly MissingVectors _missing;

    public MissingVectorsTests()
    {
        _missing = new MissingVectors(_contributions, _embedder, new ContributionVectorStore(_contributions));
        for (var i = 0; i < 600; i++)
        {
            var item = new Contribution("round-1", $"c{i}", ContributionKind.Idea, $"imported idea number {i}", ContributorRole.Carer, ConsentLevel.MayQuote, $"import:c{i}",
                null, null, DateTimeOffset.UnixEpoch.AddMinutes(i), $"s{i}", Imported: true);
            _contributions.AddAsync(i < 2 ? item with { Vector = [1, 2, 3, 4] } : item, CancellationToken.None).GetAwaiter().GetResult();
        }
    }

    [Fact]
    public async Task Should_store_a_vector_for_each_contribution_without_one_a_chunk_at_a_time()
    {
        var reported = new List<(int, int)>();

        var made = await _missing.FillAsync("round-1", new Reports(reported.Add), CancellationToken.None);

        Assert.Equal(598, made);
        Assert.Equal([(0, 598), (256, 598), (512, 598), (598, 598)], reported);
        Assert.Equal(3, _embedder.Calls);
        Assert.All(_contributions.Saved.Values.Where(c => c.Id is not ("c0" or "c1")), c => Assert.Equal(ElcBot.Core.Themes.VectorCodec.Encode(FakeEmbedder.Vector(c.Text)), c.Vector));
        Assert.Equal([1, 2, 3, 4], _contributions.Saved[("round-1", "c0")].Vector);
        Assert.Equal(0, Missing());
        Assert.Equal(0, await _missing.FillAsync("round-1", null, CancellationToken.None));
        Assert.Equal(3, _embedder.Calls);
    }

    [Fact]
    public async Task Should_keep_the_chunks_done_when_stopped_part_way()
    {
        using var stop = new CancellationTokenSource();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => _missing.FillAsync("round-1", new Reports(p => { if (p.Done > 0) { stop.Cancel(); } }), stop.Token));

        Assert.Equal(598 - MissingVectors.ChunkSize, Missing());
    }

    private int Missing() => _contributions.Saved.Values.Count(c => c.Vector is not { Length: > 0 });

    /// <summary>Reports straight away, on the caller's thread (Progress&lt;T&gt; would post them later).</summary>
    private sealed class Reports(Action<(int Done, int Total)> report) : IProgress<(int Done, int Total)>
    {
        public void Report((int Done, int Total) value) => report(value);
    }
}
