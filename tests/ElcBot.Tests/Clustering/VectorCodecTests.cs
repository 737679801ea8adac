using ElcBot.Core.Themes;

namespace ElcBot.Tests.Clustering;

public sealed class VectorCodecTests
{
    [Fact]
    public void Should_return_the_same_floats_when_a_vector_is_encoded_and_decoded()
    {
        float[] vector = [0f, 1f, -1.5f, float.Epsilon, 3.14159f, -0f, 1e-30f];

        var decoded = VectorCodec.Decode(VectorCodec.Encode(vector));

        Assert.Equal(vector, decoded);
    }

    [Fact]
    public void Should_write_little_endian_ieee_floats_when_encoding()
    {
        var bytes = VectorCodec.Encode([1f]);

        Assert.Equal(new byte[] { 0x00, 0x00, 0x80, 0x3F }, bytes);
    }

    [Fact]
    public void Should_reject_bytes_when_their_length_is_not_whole_floats()
    {
        Assert.Throws<ArgumentException>(() => VectorCodec.Decode(new byte[5]));
    }
}
