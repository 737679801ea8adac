using System.Buffers.Binary;
using System.IO.Compression;

namespace ElcBot.IntegrationTests.Shipping;

/// <summary>A decoded 8-bit PNG (RGB or RGBA, not interlaced), enough to check the Teams icons pixel by pixel.</summary>
public sealed class PngImage
{
    private static readonly byte[] Signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    private readonly byte[] _rgba;

    private PngImage(int width, int height, byte[] rgba)
    {
        Width = width;
        Height = height;
        _rgba = rgba;
    }

    public int Width { get; }

    public int Height { get; }

    public (byte R, byte G, byte B, byte A) this[int x, int y]
    {
        get
        {
            var i = ((y * Width) + x) * 4;
            return (_rgba[i], _rgba[i + 1], _rgba[i + 2], _rgba[i + 3]);
        }
    }

    public IEnumerable<(byte R, byte G, byte B, byte A)> Pixels()
    {
        for (var y = 0; y < Height; y++)
        {
            for (var x = 0; x < Width; x++)
            {
                yield return this[x, y];
            }
        }
    }

    public static PngImage Decode(byte[] png)
    {
        ArgumentNullException.ThrowIfNull(png);
        if (png.Length < 8 || !png.AsSpan(0, 8).SequenceEqual(Signature))
        {
            throw new InvalidDataException("Not a PNG file.");
        }

        int width = 0, height = 0, channels = 0;
        using var compressed = new MemoryStream();
        for (var offset = 8; offset < png.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(offset));
            var type = System.Text.Encoding.ASCII.GetString(png, offset + 4, 4);
            var data = png.AsSpan(offset + 8, length);
            switch (type)
            {
                case "IHDR":
                    width = BinaryPrimitives.ReadInt32BigEndian(data);
                    height = BinaryPrimitives.ReadInt32BigEndian(data[4..]);
                    channels = ChannelsOf(bitDepth: data[8], colourType: data[9], interlace: data[12]);
                    break;
                case "IDAT":
                    compressed.Write(data);
                    break;
            }

            offset += 12 + length;
        }

        compressed.Position = 0;
        using var inflated = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionMode.Decompress))
        {
            zlib.CopyTo(inflated);
        }

        var pixels = Unfilter(inflated.ToArray(), width, height, channels);
        return new PngImage(width, height, ToRgba(pixels, channels));
    }

    private static int ChannelsOf(byte bitDepth, byte colourType, byte interlace)
    {
        if (bitDepth != 8 || interlace != 0 || colourType is not (2 or 6))
        {
            throw new NotSupportedException($"Only 8-bit RGB or RGBA, not interlaced (got depth {bitDepth}, colour type {colourType}, interlace {interlace}).");
        }

        return colourType == 6 ? 4 : 3;
    }

    // PNG filters each row against the row above (see the PNG specification, section 9).
    private static byte[] Unfilter(byte[] data, int width, int height, int channels)
    {
        var stride = width * channels;
        var output = new byte[stride * height];
        for (var y = 0; y < height; y++)
        {
            var filter = data[y * (stride + 1)];
            var row = data.AsSpan((y * (stride + 1)) + 1, stride);
            for (var x = 0; x < stride; x++)
            {
                int left = x >= channels ? output[(y * stride) + x - channels] : 0;
                int up = y > 0 ? output[((y - 1) * stride) + x] : 0;
                int upLeft = x >= channels && y > 0 ? output[((y - 1) * stride) + x - channels] : 0;
                var predictor = filter switch
                {
                    0 => 0,
                    1 => left,
                    2 => up,
                    3 => (left + up) / 2,
                    4 => Paeth(left, up, upLeft),
                    _ => throw new InvalidDataException($"Unknown PNG filter {filter}."),
                };
                output[(y * stride) + x] = (byte)(row[x] + predictor);
            }
        }

        return output;
    }

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        int pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }

    private static byte[] ToRgba(byte[] pixels, int channels)
    {
        if (channels == 4)
        {
            return pixels;
        }

        var rgba = new byte[pixels.Length / 3 * 4];
        for (int i = 0, j = 0; i < pixels.Length; i += 3, j += 4)
        {
            rgba[j] = pixels[i];
            rgba[j + 1] = pixels[i + 1];
            rgba[j + 2] = pixels[i + 2];
            rgba[j + 3] = 255;
        }

        return rgba;
    }
}
