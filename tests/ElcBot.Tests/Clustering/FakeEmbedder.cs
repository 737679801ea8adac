using ElcBot.Clustering.Text;
using ElcBot.Clustering.Vectors;
using ElcBot.Core.Themes;

namespace ElcBot.Tests.Clustering;

/// <summary>A fast stand-in for MiniLM: a bag of hashed words, so texts sharing words have similar vectors.</summary>
public sealed class FakeEmbedder : ITextEmbedder
{
    public int Dimensions => 256;

    public int Calls { get; private set; }

    public List<string> Embedded { get; } = [];

    public Task<IReadOnlyList<float[]>> EmbedAsync(IReadOnlyList<string> texts, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Calls++;
        Embedded.AddRange(texts);
        return Task.FromResult<IReadOnlyList<float[]>>(texts.Select(Vector).ToArray());
    }

    public static float[] Vector(string text)
    {
        var vector = new float[256];
        foreach (var word in WordTokenizer.ContentWords(text))
        {
            // A stable hash (string.GetHashCode is randomised per process).
            var hash = word.Key.Aggregate(17u, (h, c) => (h * 31) + c);
            vector[hash % 256] += 1;
        }

        vector[255] += 0.01f;
        return VectorMath.Normalised(vector);
    }
}
