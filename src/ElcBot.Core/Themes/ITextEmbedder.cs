namespace ElcBot.Core.Themes;

/// <summary>Turns texts into unit-length vectors whose dot product measures likeness of meaning.</summary>
public interface ITextEmbedder
{
    /// <summary>The length of every vector returned.</summary>
    int Dimensions { get; }

    /// <summary>One vector per text, in the order given.</summary>
    Task<IReadOnlyList<float[]>> EmbedAsync(IReadOnlyList<string> texts, CancellationToken cancellationToken);
}
