using ElcBot.Cli.Operations;
using ElcBot.Core.Imports;

namespace ElcBot.IntegrationTests.Operations;

/// <summary>What `import` prints about rows it did not take, for a tidy file and for one where a whole column is wrong.</summary>
public sealed class ImportReportLinesTests
{
    private const string BadConsent = "The consent must be 'may quote', 'themes only' or 'facilitators only'.";
    private const string Empty = "The text is empty.";

    [Fact]
    public void Should_name_each_row_with_its_reason_when_no_reason_repeats()
    {
        var lines = ImportReportLines.Problems([new ImportProblem(new FileLines(3, 5), BadConsent), new ImportProblem(FileLines.One(8), Empty)]);

        Assert.Equal([$"  lines 3-5: {BadConsent}", $"  line 8: {Empty}"], lines);
    }

    [Fact]
    public void Should_say_a_reason_shared_by_many_rows_once_with_the_count_and_the_first_ten_lines()
    {
        var problems = Enumerable.Range(2, 3_000).Select(l => new ImportProblem(FileLines.One(l), BadConsent))
            .Append(new ImportProblem(FileLines.One(7_000), Empty))
            .Append(new ImportProblem(new FileLines(5_000, 5_001), Empty))
            .ToArray();

        var lines = ImportReportLines.Problems(problems).ToArray();

        Assert.Equal(
            [
                $"  {3_000:N0} rows (lines 2, 3, 4, 5, 6, 7, 8, 9, 10, 11 and {2_990:N0} more): {BadConsent}",
                $"  2 rows (lines 5000-5001, 7000): {Empty}",
            ],
            lines);
    }

    [Fact]
    public void Should_say_where_personal_data_was_hidden_and_cut_a_long_list_short()
    {
        Assert.Null(ImportReportLines.Masked([]));
        Assert.EndsWith("was hidden on line 6.", ImportReportLines.Masked([6]), StringComparison.Ordinal);
        Assert.EndsWith("was hidden in 2 rows (lines 4, 6).", ImportReportLines.Masked([6, 4]), StringComparison.Ordinal);
        Assert.EndsWith($"was hidden in 25 rows (lines 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 and 15 more).", ImportReportLines.Masked([.. Enumerable.Range(1, 25)]), StringComparison.Ordinal);
    }
}
