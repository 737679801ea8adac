namespace ElcBot.Clustering.Embedding;

/// <summary>How a text's token states become one vector.</summary>
public enum TokenPooling
{
    /// <summary>Each piece weighted by <see cref="WordPieceWeights"/>: what the service stores and clusters.</summary>
    FrequencyWeighted,

    /// <summary>Every token counts the same, markers included, as sentence-transformers does; kept to check the model against the package.</summary>
    Mean,
}
