using ElcBot.Core.Themes;
using System.Security.Cryptography;
using System.Text;
using ElcBot.Clustering.Embedding;

namespace ElcBot.Cli.Bench;

/// <summary>Keeps embeddings of a benchmark's texts under .cache/embeddings (ignored by git) so reruns skip the model.</summary>
public static class VectorCache
{
    public static async Task<IReadOnlyList<float[]>> GetOrEmbedAsync(IReadOnlyList<string> texts, MiniLmTextEmbedder embedder, CancellationToken cancellationToken)
    {
        var path = Path.Combine(CacheFolder(), $"{Key(texts)}.bin");
        if (File.Exists(path))
        {
            Console.Error.WriteLine($"Vectors from cache {path}");
            var bytes = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
            var size = bytes.Length / texts.Count;
            return Enumerable.Range(0, texts.Count).Select(i => VectorCodec.Decode(bytes.AsSpan(i * size, size))).ToArray();
        }

        var started = DateTime.UtcNow;
        var progress = new ProgressLine<int>(done =>
            $"Embedding {done:N0}/{texts.Count:N0} ({done / Math.Max(0.001, (DateTime.UtcNow - started).TotalSeconds):N0} texts/s)");
        var vectors = await embedder.EmbedAsync(texts, progress, cancellationToken).ConfigureAwait(false);
        var seconds = (DateTime.UtcNow - started).TotalSeconds;
        progress.End($"Embedded {texts.Count:N0} texts in {seconds:N1} s ({texts.Count / seconds:N0} texts/s)");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllBytesAsync(path, vectors.SelectMany(v => VectorCodec.Encode(v)).ToArray(), cancellationToken).ConfigureAwait(false);
        return vectors;
    }

    // The repository root when run from inside it (found by ElcBot.sln), else the current folder.
    private static string CacheFolder()
    {
        for (var dir = new DirectoryInfo(Environment.CurrentDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ElcBot.sln")))
            {
                return Path.Combine(dir.FullName, ".cache", "embeddings");
            }
        }

        return Path.Combine(Environment.CurrentDirectory, ".cache", "embeddings");
    }

    private static string Key(IReadOnlyList<string> texts)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes("all-MiniLM-L6-v2|256 pieces|frequency weighted|"));
        foreach (var text in texts)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(text));
            hash.AppendData([0]);
        }

        return Convert.ToHexString(hash.GetHashAndReset())[..24].ToLowerInvariant();
    }
}
