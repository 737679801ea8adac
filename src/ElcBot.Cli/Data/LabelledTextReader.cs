using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace ElcBot.Cli.Data;

/// <summary>
/// Reads texts and labels from CSV or TSV with a header row (RFC 4180 quoting, multi-line fields),
/// or from a plain .txt file of one text a line with a matching file of one label a line.
/// </summary>
public static class LabelledTextReader
{
    public static LabelledText Read(string path, string textColumn, string labelColumn, string? labelFile)
    {
        var extension = Path.GetExtension(path).ToLowerInvariant();
        if (extension == ".txt")
        {
            return ReadLines(path, labelFile ?? throw new ArgumentException("A .txt data file needs --label-file with one label a line."));
        }

        var delimiter = extension is ".tsv" or ".tab" ? "\t" : ",";
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture) { Delimiter = delimiter, BadDataFound = null };
        using var reader = new StreamReader(path);
        using var csv = new CsvReader(reader, configuration);
        csv.Read();
        csv.ReadHeader();
        var header = csv.HeaderRecord ?? [];
        foreach (var column in new[] { textColumn, labelColumn }.Where(c => !header.Contains(c)))
        {
            throw new ArgumentException($"Column '{column}' is not in {path}; it has: {string.Join(", ", header)}.");
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

        return new LabelledText(texts, labels);
    }

    private static LabelledText ReadLines(string path, string labelFile)
    {
        var texts = File.ReadAllLines(path);
        var labels = File.ReadAllLines(labelFile);
        if (texts.Length != labels.Length)
        {
            throw new ArgumentException($"{path} has {texts.Length} lines but {labelFile} has {labels.Length}.");
        }

        var keep = Enumerable.Range(0, texts.Length).Where(i => !string.IsNullOrWhiteSpace(texts[i]) && !string.IsNullOrWhiteSpace(labels[i])).ToArray();
        return new LabelledText(keep.Select(i => texts[i]).ToArray(), keep.Select(i => labels[i].Trim()).ToArray());
    }
}
