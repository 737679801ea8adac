using ElcBot.Cli;

namespace ElcBot.IntegrationTests.Operations;

public sealed class ProgressLineTests
{
    [Fact]
    public void Should_rewrite_one_line_in_order_and_write_nothing_after_it_ends()
    {
        var written = new StringWriter();
        var progress = new ProgressLine<int>(done => done == 0 ? null : $"Embedding {done}/3", written);

        progress.Report(0);
        progress.Report(1);
        progress.Report(3);
        progress.End("Embedded 3 texts");
        progress.Report(2);

        Assert.Equal("\rEmbedding 1/3   \rEmbedding 3/3   \rEmbedded 3 texts   " + Environment.NewLine, written.ToString());
    }

    [Fact]
    public void Should_end_with_a_newline_only_when_something_was_shown()
    {
        var quiet = new StringWriter();
        new ProgressLine<int>(_ => null, quiet).End();
        var shown = new StringWriter();
        var progress = new ProgressLine<int>(done => $"{done}", shown);
        progress.Report(5);
        progress.End();

        Assert.Equal(string.Empty, quiet.ToString());
        Assert.Equal("\r5   " + Environment.NewLine, shown.ToString());
    }
}
