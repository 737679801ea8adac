using ElcBot.Core.Imports;

namespace ElcBot.Cli.Operations;

/// <summary>
/// What `import` prints about rows it did not take and rows it hid personal data in, kept short for a messy file:
/// a reason shared by many rows is said once, with the first few lines it was found on.
/// </summary>
public static class ImportReportLines
{
    /// <summary>Enough lines to find the pattern in the spreadsheet; a whole wrong column is mended at once anyway.</summary>
    public const int LinesNamed = 10;

    /// <summary>One line per reason, in the order the file first meets each: "  line 7: ..." or "  3,000 rows (lines 2, 3, ... and 2,990 more): ...".</summary>
    public static IEnumerable<string> Problems(IReadOnlyList<ImportProblem> problems) => problems
        .GroupBy(p => p.Reason, StringComparer.Ordinal)
        .OrderBy(g => g.Min(p => p.Lines.First))
        .Select(g => g.Count() == 1
            ? $"  {g.Single().Lines}: {g.Key}"
            : $"  {g.Count():N0} rows ({Named(g.Select(p => p.Lines).OrderBy(l => l.First).ToArray())}): {g.Key}");

    /// <summary>The sentence naming where personal data was hidden, or null when it was hidden nowhere.</summary>
    public static string? Masked(IReadOnlyList<int> firstLines) => firstLines.Count switch
    {
        0 => null,
        1 => $"Personal data (NHS numbers, phone numbers, e-mail addresses or postcodes) was hidden on line {firstLines[0]}.",
        _ => $"Personal data (NHS numbers, phone numbers, e-mail addresses or postcodes) was hidden in {firstLines.Count:N0} rows ({Named(firstLines.Order().Select(FileLines.One).ToArray())}).",
    };

    // "lines 2, 5, 9-10 and 2,990 more": a row over several lines keeps its range.
    private static string Named(IReadOnlyList<FileLines> lines)
    {
        var shown = string.Join(", ", lines.Take(LinesNamed).Select(l => l.Numbers));
        return lines.Count > LinesNamed ? $"lines {shown} and {lines.Count - LinesNamed:N0} more" : $"lines {shown}";
    }
}
