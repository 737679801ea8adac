using Azure.Data.Tables;

namespace ElcBot.Storage.Tables;

/// <summary>Stores long text across numbered string properties: one property holds at most 64 KiB.</summary>
public static class ChunkedText
{
    private const int ChunkChars = 30_000;

    /// <summary>
    /// Table Storage counts a string at two bytes a character and refuses an entity over 1 MiB: 16 full pieces are
    /// 960,000 bytes, leaving room for the row's other properties. (30 were allowed before, up to 1.8 MB, which the
    /// service would have refused with an error naming no text.)
    /// </summary>
    public const int MaxChars = 16 * ChunkChars;

    /// <summary>Writes <paramref name="text"/> into Data0..DataN and Chunks; throws when it would not fit in one entity.</summary>
    public static void Write(TableEntity entity, string text)
    {
        var chunks = 0;
        foreach (var piece in Pieces(text, ChunkChars))
        {
            if (chunks == MaxChars / ChunkChars)
            {
                throw new InvalidOperationException($"Text of {text.Length} characters is too large for one table entity.");
            }

            entity[$"Data{chunks++}"] = piece;
        }

        entity["Chunks"] = chunks;
    }

    /// <summary>Cuts text into pieces of at most <paramref name="size"/> characters, never through a surrogate pair.</summary>
    public static IEnumerable<string> Pieces(string text, int size)
    {
        for (var start = 0; start < text.Length;)
        {
            var length = Math.Min(size, text.Length - start);
            if (start + length < text.Length && char.IsHighSurrogate(text[start + length - 1]))
            {
                length--;
            }

            yield return text.Substring(start, length);
            start += length;
        }
    }

    public static string Read(TableEntity entity)
    {
        var chunks = entity.GetInt32("Chunks") ?? 0;
        return string.Concat(Enumerable.Range(0, chunks).Select(i => entity.GetString($"Data{i}")));
    }
}
