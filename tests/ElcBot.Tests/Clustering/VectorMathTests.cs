using ElcBot.Clustering.Vectors;

namespace ElcBot.Tests.Clustering;

public sealed class VectorMathTests
{
    [Theory]
    [InlineData(3)]
    [InlineData(16)]
    [InlineData(384)]
    [InlineData(389)]
    public void Should_match_a_plain_loop_when_vectors_have_any_length(int length)
    {
        var random = new Random(length);
        var a = Enumerable.Range(0, length).Select(_ => (float)random.NextDouble() - 0.5f).ToArray();
        var b = Enumerable.Range(0, length).Select(_ => (float)random.NextDouble() - 0.5f).ToArray();

        var expected = a.Zip(b).Sum(p => (double)p.First * p.Second);

        Assert.Equal(expected, VectorMath.Dot(a, b), 4);
    }

    [Fact]
    public void Should_refuse_vectors_when_their_lengths_differ()
    {
        Assert.Throws<ArgumentException>(() => VectorMath.Dot(new float[20], new float[21]));
    }
}
