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
        Assert.Equal(new ImportRow(2, "A drop-in, not an appointment", ContributionKind.Idea, ContributorRole.Carer, ConsentLevel.MayQuote), rows[0]);
        Assert.Equal(ContributorRole.HealthOrCareStaff, rows[1].Role);
        Assert.Equal("Line one\nline two", rows[1].Text.ReplaceLineEndings("\n"));
        Assert.Equal([3, 4, 5, 6], problems.Select(p => p.Line));
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
        Assert.Equal(2, problem.Line);
        Assert.Equal("The line has 3 of the 4 values the columns need. A comma may be missing, or a text with a comma or a line break needs \"quotes\" round it.", problem.Reason);
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
