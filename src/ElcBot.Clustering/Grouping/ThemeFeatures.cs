using ElcBot.Clustering.Text;
using ElcBot.Clustering.Vectors;

namespace ElcBot.Clustering.Grouping;

/// <summary>What the engine clusters on: the sentence embedding, with the members' own words mixed in.</summary>
public static class ThemeFeatures
{
    /// <summary>Share of each row's squared length given to the embedding; the rest goes to TF-IDF words.</summary>
    public const float EmbeddingShare = 0.6f;

    /// <summary>Builds the rows for clustering from texts and their (unit-length) vectors.</summary>
    public static FeatureMatrix Build(IReadOnlyList<string> texts, IReadOnlyList<float[]> vectors, CancellationToken cancellationToken)
    {
        if (EmbeddingShare >= 1f || texts.Count < 4)
        {
            return FeatureMatrix.FromVectors(vectors);
        }

        var words = TfIdf.Build(texts, minDocumentFrequency: 2, cancellationToken);
        return FeatureMatrix.Combine(vectors, words, EmbeddingShare);
    }
}
