using System.Buffers.Binary;

namespace ElcBot.Core.Themes;

/// <summary>Packs a vector into bytes for a Table Storage binary property: little-endian IEEE floats, nothing else.</summary>
public static class VectorCodec
{
    /// <summary>384 floats make 1,536 bytes, well under the 64 KiB a binary property may hold.</summary>
    public static byte[] Encode(ReadOnlySpan<float> vector)
    {
        var bytes = new byte[vector.Length * sizeof(float)];
        for (var i = 0; i < vector.Length; i++)
        {
            BinaryPrimitives.WriteSingleLittleEndian(bytes.AsSpan(i * sizeof(float)), vector[i]);
        }

        return bytes;
    }

    /// <summary>The inverse of <see cref="Encode"/>; rejects a length that is not whole floats.</summary>
    public static float[] Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length % sizeof(float) != 0)
        {
            throw new ArgumentException($"A stored vector must be a multiple of {sizeof(float)} bytes; got {bytes.Length}.", nameof(bytes));
        }

        var vector = new float[bytes.Length / sizeof(float)];
        for (var i = 0; i < vector.Length; i++)
        {
            vector[i] = BinaryPrimitives.ReadSingleLittleEndian(bytes[(i * sizeof(float))..]);
        }

        return vector;
    }
}
