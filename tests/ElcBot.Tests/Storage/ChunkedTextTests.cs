using Azure.Data.Tables;
using ElcBot.Storage.Tables;

namespace ElcBot.Tests.Storage;

public sealed class ChunkedTextTests
{
    /// <summary>Table Storage's largest entity, counting each character of a string as two bytes.</summary>
    private const int EntityBytes = 1024 * 1024;

    [Fact]
    public void Should_keep_the_longest_text_it_takes_within_one_entity_and_read_it_back_whole()
    {
        var text = string.Concat(Enumerable.Range(0, ChunkedText.MaxChars).Select(i => (char)('a' + (i % 26))));
        var entity = new TableEntity("p", "r");

        ChunkedText.Write(entity, text);

        var bytes = entity.Keys.Where(k => k.StartsWith("Data", StringComparison.Ordinal)).Sum(k => ((string)entity[k]).Length * 2);
        Assert.True(bytes < EntityBytes - 64 * 1024, $"{bytes:N0} bytes leave too little room for the row's other properties");
        Assert.Equal(text, ChunkedText.Read(entity));
    }

    [Fact]
    public void Should_refuse_text_longer_than_one_entity_holds_before_anything_is_sent()
    {
        Assert.Throws<InvalidOperationException>(() => ChunkedText.Write(new TableEntity("p", "r"), new string('x', ChunkedText.MaxChars + 1)));
    }
}
