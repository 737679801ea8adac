using ElcBot.Core.Contributions;
using ElcBot.Core.Imports;

namespace ElcBot.Tests.Imports;

public sealed class ImportFileReaderTests
{
    [Fact]
    public void Should_take_good_rows_and_report_bad_ones_by_line()
    {
        const string file = """
            text,kind,role,consent
            "A drop-in, not an appointment",idea,carer,may quote
            ,idea,carer,may quote
            Evening clinics,plan,staff,themes only
            Someone to call,story,astronaut,may quote
            Quiet waiting room,story,uses services,sometimes
            "Line one
            line two",story,Staff,facilitators only
            """;

        var (rows, problems) = ImportFileReader.Read(new StringReader(file), maxTextLength: 2000);

        Assert.Equal(2, rows.Count);
        Assert.Equal(new ImportRow(FileLines.One(2), "A drop-in, not an appointment", ContributionKind.Idea, ContributorRole.Carer, ConsentLevel.MayQuote), rows[0]);
        Assert.Equal(ContributorRole.HealthOrCareStaff, rows[1].Role);
        Assert.Equal("Line one\nline two", rows[1].Text.ReplaceLineEndings("\n"));
        Assert.Equal(new FileLines(7, 8), rows[1].Lines);
        Assert.Equal([3, 4, 5, 6], problems.Select(p => p.Lines.First));
        Assert.Contains("empty", problems[0].Reason);
        Assert.Contains("kind", problems[1].Reason);
        Assert.Contains("role", problems[2].Reason);
        Assert.Contains("consent", problems[3].Reason);
    }

    [Fact]
    public void Should_say_a_value_is_missing_when_a_row_stops_before_the_last_column_needed()
    {
        var (rows, problems) = ImportFileReader.Read(new StringReader("text,kind,role,consent,notes\nEvening clinics,idea,carer\nQuiet rooms,idea,carer,may quote\n"), 2000);

        Assert.Equal("Quiet rooms", Assert.Single(rows).Text);
        var problem = Assert.Single(problems);
        Assert.Equal(FileLines.One(2), problem.Lines);
        Assert.Equal("The line has 3 of the 4 values the columns need. A comma may be missing, or a text with a comma or a line break needs \"quotes\" round it.", problem.Reason);
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    public void Should_name_the_first_line_of_a_row_whose_quoted_text_runs_over_several_lines(string newLine)
    {
        string[] lines =
        [
            "text,kind,role,consent",
            "\"The first line of a story,",
            "its second line",
            "and its third\",story,carer,sometimes",
            "",
            "\"Two lines",
            "cut short\",idea",
            "One line,idea,carer,may quote",
        ];

        var (rows, problems) = ImportFileReader.Read(new StringReader(string.Join(newLine, lines) + newLine), 2000);

        Assert.Equal([new FileLines(2, 4), new FileLines(6, 7)], problems.Select(p => p.Lines));
        Assert.Equal(["lines 2-4", "lines 6-7"], problems.Select(p => p.Lines.ToString()));
        Assert.Contains("consent", problems[0].Reason);
        Assert.Contains("2 of the 4 values", problems[1].Reason);
        Assert.Equal(FileLines.One(8), Assert.Single(rows).Lines);
        Assert.Equal("line 8", rows[0].Lines.ToString());
    }

    [Fact]
    public void Should_name_the_line_a_quote_was_opened_on_when_it_is_never_closed()
    {
        var (_, problems) = ImportFileReader.Read(new StringReader("text,kind,role,consent\nEvening clinics,idea,carer,may quote\n\"A quote left open,idea,carer,may quote\nQuiet rooms,idea,carer,may quote\n"), 2000);

        Assert.Equal(3, Assert.Single(problems).Lines.First);
    }

    [Fact]
    public void Should_pass_over_rows_a_spreadsheet_saved_with_nothing_in_them_and_count_their_lines()
    {
        const string file = "\r\ntext,kind,role,consent\r\n,,,\r\n  \r\nEvening clinics,idea,carer,may quote\r\n\t,\"\",,\r\n,idea,carer,may quote\r\n,,,\r\n\r\n";

        var (rows, problems) = ImportFileReader.Read(new StringReader(file), 2000);

        Assert.Equal(FileLines.One(5), Assert.Single(rows).Lines);
        var problem = Assert.Single(problems);
        Assert.Equal((FileLines.One(7), "The text is empty."), (problem.Lines, problem.Reason));
    }

    [Theory]
    [InlineData(" Text ,KIND,Role , Consent\nEvening clinics,idea,carer,may quote\n")]
    [InlineData("consent;role;notes;kind;text\r\nmay quote;carer;from the March workshop;idea;Evening clinics\r\n")]
    [InlineData("text\tkind\trole\tconsent\nEvening clinics\tidea\tcarer\tmay quote")]
    public void Should_read_a_header_in_any_case_spacing_or_order_and_a_file_split_by_semicolons_or_tabs(string file)
    {
        var (rows, problems) = ImportFileReader.Read(new StringReader(file), 2000);

        Assert.Empty(problems);
        Assert.Equal(new ImportRow(FileLines.One(2), "Evening clinics", ContributionKind.Idea, ContributorRole.Carer, ConsentLevel.MayQuote), Assert.Single(rows));
    }

    [Fact]
    public void Should_name_the_missing_columns_when_the_header_is_wrong()
    {
        var (rows, problems) = ImportFileReader.Read(new StringReader("words,kind\nx,idea\n"), 2000);

        Assert.Empty(rows);
        Assert.Contains("text, role, consent", Assert.Single(problems).Reason);
    }

    [Fact]
    public void Should_refuse_text_over_the_limit()
    {
        var (_, problems) = ImportFileReader.Read(new StringReader($"text,kind,role,consent\n{new string('a', 1001)},idea,staff,quote\n"), 1000);

        Assert.Contains("longer than 1000", Assert.Single(problems).Reason);
    }
}
