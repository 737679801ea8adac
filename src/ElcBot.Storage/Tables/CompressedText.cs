using System.IO.Compression;
using System.Text;
using Azure.Data.Tables;

namespace ElcBot.Storage.Tables;

/// <summary>Keeps large text (a draft summary with every member id) in one entity, gzipped across binary properties.</summary>
/// <remarks>
/// One entity, so one ETag guards the whole draft. A binary property holds 64 KiB and an entity 1 MiB, which after
/// compression fits the summary of a round of tens of thousands of contributions.
/// </remarks>
public static class CompressedText
{
    private const int ChunkBytes = 60_000;
    private const int MaxChunks = 15;

    public static void Write(TableEntity entity, string text)
    {
        if (!TryWrite(entity, text))
        {
            throw new InvalidOperationException($"Compressed text of {text.Length} characters is too large for one table entity.");
        }
    }

    /// <returns>False, with nothing written, when even compressed the text would not fit in one entity.</returns>
    public static bool TryWrite(TableEntity entity, string text)
    {
        ArgumentNullException.ThrowIfNull(entity);
        ArgumentNullException.ThrowIfNull(text);
        using var buffer = new MemoryStream();
        using (var zip = new GZipStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
        {
            zip.Write(Encoding.UTF8.GetBytes(text));
        }

        var bytes = buffer.ToArray();
        var chunks = (bytes.Length + ChunkBytes - 1) / ChunkBytes;
        if (chunks > MaxChunks)
        {
            return false;
        }

        for (var i = 0; i < chunks; i++)
        {
            entity[$"Zip{i}"] = bytes.AsSpan(i * ChunkBytes, Math.Min(ChunkBytes, bytes.Length - (i * ChunkBytes))).ToArray();
        }

        entity["ZipChunks"] = chunks;
        return true;
    }

    public static string Read(TableEntity entity)
    {
        var chunks = entity.GetInt32("ZipChunks") ?? 0;
        using var compressed = new MemoryStream();
        for (var i = 0; i < chunks; i++)
        {
            compressed.Write(entity.GetBinary($"Zip{i}"));
        }

        compressed.Position = 0;
        using var zip = new GZipStream(compressed, CompressionMode.Decompress);
        using var reader = new StreamReader(zip, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
