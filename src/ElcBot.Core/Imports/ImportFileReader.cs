using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using ElcBot.Core.Contributions;
using ElcBot.Core.Text;

namespace ElcBot.Core.Imports;

/// <summary>Reads an import CSV (columns text, kind, role, consent) and says, line by line, what it could not take.</summary>
public static class ImportFileReader
{
    public static readonly string[] RequiredColumns = ["text", "kind", "role", "consent"];

    public static (IReadOnlyList<ImportRow> Rows, IReadOnlyList<ImportProblem> Problems) Read(TextReader reader, int maxTextLength)
    {
        var rows = new List<ImportRow>();
        var problems = new List<ImportProblem>();
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            PrepareHeaderForMatch = args => args.Header.Trim().ToLowerInvariant(),
            MissingFieldFound = null,
            BadDataFound = null,
            DetectDelimiter = true,
            IgnoreBlankLines = false,
        };
        using var csv = new CsvReader(reader, config);
        using var records = Records(csv).GetEnumerator();
        if (!records.MoveNext() || !csv.ReadHeader())
        {
            return (rows, [new ImportProblem(FileLines.One(1), "The file is empty.")]);
        }

        var missing = RequiredColumns.Where(c => !csv.HeaderRecord!.Any(h => h.Trim().Equals(c, StringComparison.OrdinalIgnoreCase))).ToArray();
        if (missing.Length > 0)
        {
            return (rows, [new ImportProblem(FileLines.One(1), $"Missing column(s): {string.Join(", ", missing)}. Expected: {string.Join(", ", RequiredColumns)}.")]);
        }

        // A row that stops before the last column needed has lost a comma or a closing quote; saying so beats
        // complaining about the empty consent that follows from it.
        var needed = RequiredColumns.Max(c => Array.FindIndex(csv.HeaderRecord!, h => h.Trim().Equals(c, StringComparison.OrdinalIgnoreCase))) + 1;
        while (records.MoveNext())
        {
            var lines = records.Current;
            if (csv.Parser.Count < needed)
            {
                problems.Add(new ImportProblem(lines, $"The line has {csv.Parser.Count} of the {needed} values the columns need. A comma may be missing, or a text with a comma or a line break needs \"quotes\" round it."));
                continue;
            }

            var row = ReadRow(csv, lines, maxTextLength, out var reason);
            if (row is null)
            {
                problems.Add(new ImportProblem(lines, reason!));
            }
            else
            {
                rows.Add(row);
            }
        }

        return (rows, problems);
    }

    // CsvHelper's RawRow is the line a record ends on. Blank lines are read as records (not skipped), so every line
    // belongs to one and a row begins on the line after the record before it, however many lines its quotes hold.
    private static IEnumerable<FileLines> Records(CsvReader csv)
    {
        var previousEnd = 0;
        while (csv.Read())
        {
            var lines = new FileLines(previousEnd + 1, csv.Parser.RawRow);
            previousEnd = csv.Parser.RawRow;
            if (!IsBlank(csv.Parser))
            {
                yield return lines;
            }
        }
    }

    // A spreadsheet saves a row someone cleared, or only formatted, as ",,,": as empty as a blank line, and no mistake.
    private static bool IsBlank(IParser record) => record.Record!.All(string.IsNullOrWhiteSpace);

    private static ImportRow? ReadRow(CsvReader csv, FileLines lines, int maxTextLength, out string? reason)
    {
        var text = TypedText.Clean(csv.GetField("text"));
        reason = text.Length == 0 ? "The text is empty."
            : text.Length > maxTextLength ? $"The text is longer than {maxTextLength} characters."
            : !ChoiceWords.TryKind(csv.GetField("kind"), out _) ? "The kind must be 'story' or 'idea'."
            : !ChoiceWords.TryRole(csv.GetField("role"), out _) ? "The role is not one I know (uses services, carer, staff, voluntary, other)."
            : !ChoiceWords.TryConsent(csv.GetField("consent"), out _) ? "The consent must be 'may quote', 'themes only' or 'facilitators only'."
            : null;
        if (reason is not null)
        {
            return null;
        }

        ChoiceWords.TryKind(csv.GetField("kind"), out var kind);
        ChoiceWords.TryRole(csv.GetField("role"), out var role);
        ChoiceWords.TryConsent(csv.GetField("consent"), out var consent);
        return new ImportRow(lines, text, kind, role, consent);
    }
}
