using Azure.Data.Tables;

namespace ElcBot.Storage.Tables;

/// <summary>Stores long text across numbered string properties: one property holds at most 64 KiB.</summary>
public static class ChunkedText
{
    private const int ChunkChars = 30_000;
    private const int MaxChunks = 30;

    /// <summary>Writes <paramref name="text"/> into Data0..DataN and Chunks; throws when it would not fit in one entity.</summary>
    public static void Write(TableEntity entity, string text)
    {
        var chunks = 0;
        for (var start = 0; start < text.Length; chunks++)
        {
            if (chunks == MaxChunks)
            {
                throw new InvalidOperationException($"Text of {text.Length} characters is too large for one table entity.");
            }

            var length = Math.Min(ChunkChars, text.Length - start);
            // Never split a surrogate pair across two properties.
            if (start + length < text.Length && char.IsHighSurrogate(text[start + length - 1]))
            {
                length--;
            }

            entity[$"Data{chunks}"] = text.Substring(start, length);
            start += length;
        }

        entity["Chunks"] = chunks;
    }

    public static string Read(TableEntity entity)
    {
        var chunks = entity.GetInt32("Chunks") ?? 0;
        return string.Concat(Enumerable.Range(0, chunks).Select(i => entity.GetString($"Data{i}")));
    }
}
