using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using ElcBot.Cli.Files;

namespace ElcBot.Cli.Data;

/// <summary>
/// Reads texts and labels from CSV or TSV with a header row (RFC 4180 quoting, multi-line fields),
/// or from a plain .txt file of one text a line with a matching file of one label a line.
/// A file that cannot be scored (a column missing, fewer than two labels) is an <see cref="InvalidDataException"/>
/// whose message tells the operator what to change.
/// </summary>
public static class LabelledTextReader
{
    public static LabelledText Read(string path, string textColumn, string labelColumn, string? labelFile)
    {
        foreach (var file in labelFile is null ? [path] : new[] { path, labelFile })
        {
            if (InputFile.Problem(file) is { } problem)
            {
                throw new InvalidDataException(problem);
            }
        }

        var extension = Path.GetExtension(path).ToLowerInvariant();
        if (extension == ".txt")
        {
            return Checked(path, ReadLines(path, labelFile ?? throw new InvalidDataException("A .txt data file needs --label-file with one label a line.")));
        }

        if (labelFile is not null)
        {
            // A table carries its own labels; quietly scoring against the other file's would measure the wrong thing.
            throw new InvalidDataException($"--label-file goes with a .txt data file. {Path.GetFileName(path)} is a table: name its label column with --label-column instead.");
        }

        var delimiter = extension is ".tsv" or ".tab" ? "\t" : ",";
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture) { Delimiter = delimiter, BadDataFound = null };
        using var reader = new StreamReader(path);
        using var csv = new CsvReader(reader, configuration);
        if (!csv.Read())
        {
            throw new InvalidDataException($"{path} is empty; it needs a header row naming its columns.");
        }

        csv.ReadHeader();
        var header = csv.HeaderRecord ?? [];
        foreach (var column in new[] { textColumn, labelColumn }.Where(c => !header.Contains(c)))
        {
            throw new InvalidDataException($"Column '{column}' is not in {path}; it has: {string.Join(", ", header)}.");
        }

        var (texts, labels) = (new List<string>(), new List<string>());
        while (csv.Read())
        {
            var text = csv.GetField(textColumn) ?? string.Empty;
            var label = csv.GetField(labelColumn) ?? string.Empty;
            if (!string.IsNullOrWhiteSpace(text) && !string.IsNullOrWhiteSpace(label))
            {
                texts.Add(text);
                labels.Add(label);
            }
        }

        return Checked(path, new LabelledText(texts, labels));
    }

    /// <summary>Scoring needs texts in at least two labels: with one, every clustering scores the same.</summary>
    private static LabelledText Checked(string path, LabelledText data) => data.Labels.Distinct().Take(2).Count() switch
    {
        2 => data,
        1 => throw new InvalidDataException($"{path} has {data.Texts.Count} texts, all labelled '{data.Labels[0]}'; scoring needs at least two labels."),
        _ => throw new InvalidDataException($"{path} has no texts with a label; scoring needs texts in at least two labels."),
    };

    private static LabelledText ReadLines(string path, string labelFile)
    {
        var texts = File.ReadAllLines(path);
        var labels = File.ReadAllLines(labelFile);
        if (texts.Length != labels.Length)
        {
            throw new InvalidDataException($"{path} has {texts.Length} lines but {labelFile} has {labels.Length}.");
        }

        var keep = Enumerable.Range(0, texts.Length).Where(i => !string.IsNullOrWhiteSpace(texts[i]) && !string.IsNullOrWhiteSpace(labels[i])).ToArray();
        return new LabelledText(keep.Select(i => texts[i]).ToArray(), keep.Select(i => labels[i].Trim()).ToArray());
    }
}
