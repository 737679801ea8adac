using ElcBot.Core.Summaries;

namespace ElcBot.Tests.Summaries;

public sealed class SpreadsheetWriterTests
{
    [Fact]
    public void Should_write_a_header_and_quote_text_with_commas_quotes_and_new_lines()
    {
        var csv = SpreadsheetWriter.Write([Row("He said \"wait\",\nthen left")]);

        var lines = csv.Split("\r\n");
        Assert.Equal("id,kind,text,role,consent,theme,supports,shared_at,imported", lines[0]);
        Assert.Contains("\"He said \"\"wait\"\",\nthen left\"", csv);
        Assert.EndsWith(",Waiting times,3,2026-11-20 09:30,False", lines[1]);
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")")]
    [InlineData("+1+2")]
    [InlineData("@SUM(A1)")]
    public void Should_escape_text_that_would_run_as_a_formula(string text)
    {
        var csv = SpreadsheetWriter.Write([Row(text)]);

        Assert.DoesNotContain("," + text, csv);
        Assert.Contains("'" + text[0], csv);
    }

    [Fact]
    public void Should_count_the_file_size_as_the_bytes_it_writes_mark_and_curly_quotes_included()
    {
        var csv = SpreadsheetWriter.Write([Row("She said “it’s fine”")]);

        Assert.Equal(SpreadsheetWriter.ToFileBytes(csv).Length, SpreadsheetWriter.FileSize(csv));
    }

    private static SheetRow Row(string text) =>
        new("c1", "idea", text, "carer", "may quote", "Waiting times", 3, new DateTimeOffset(2026, 11, 20, 9, 30, 0, TimeSpan.Zero), false);
}
