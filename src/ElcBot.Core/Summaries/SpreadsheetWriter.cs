using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace ElcBot.Core.Summaries;

/// <summary>Writes the facilitators' spreadsheet of a round's contributions as CSV (opens in Excel).</summary>
/// <remarks>Cells that start like a formula are escaped: contributed text must never run as a formula.</remarks>
public static class SpreadsheetWriter
{
    private static readonly CsvConfiguration Config = new(CultureInfo.InvariantCulture)
    {
        InjectionOptions = InjectionOptions.Escape,
    };

    /// <summary>
    /// UTF-8 that starts with a byte-order mark: without the mark, Excel reads a CSV in the computer's older code page,
    /// and the curly quotes and apostrophes phones type (’ “ ”) show as garbage.
    /// </summary>
    public static readonly Encoding FileEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);

    /// <summary>The spreadsheet as the bytes of a file: the byte-order mark, then the text.</summary>
    public static byte[] ToFileBytes(string csv) => [.. FileEncoding.GetPreamble(), .. FileEncoding.GetBytes(csv)];

    /// <summary>How many bytes <see cref="ToFileBytes"/> gives, counted without making them (a consent card only shows the size).</summary>
    public static int FileSize(string csv) => FileEncoding.GetPreamble().Length + FileEncoding.GetByteCount(csv);

    public static string Write(IEnumerable<SheetRow> rows)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = new CsvWriter(text, Config))
        {
            csv.Context.RegisterClassMap<SheetRowMap>();
            csv.WriteRecords(rows);
        }

        return text.ToString();
    }

    private sealed class SheetRowMap : ClassMap<SheetRow>
    {
        public SheetRowMap()
        {
            Map(r => r.Id).Name("id");
            Map(r => r.Kind).Name("kind");
            Map(r => r.Text).Name("text");
            Map(r => r.Role).Name("role");
            Map(r => r.Consent).Name("consent");
            Map(r => r.Theme).Name("theme");
            Map(r => r.Supports).Name("supports");
            Map(r => r.SharedAt).Name("shared_at").TypeConverterOption.Format("yyyy-MM-dd HH:mm");
            Map(r => r.Imported).Name("imported");
        }
    }
}
