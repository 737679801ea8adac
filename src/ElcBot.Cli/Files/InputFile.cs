using System.Text;

namespace ElcBot.Cli.Files;

/// <summary>Checks that a file given to a verb is text it can read, before any slow work starts.</summary>
/// <remarks>
/// Excel's plain "CSV" on Windows saves in a Windows code page, and a workbook saved as .xlsx is a zip: read as UTF-8,
/// the first garbles people's apostrophes and accents without a word, the second fails with a header of binary noise.
/// </remarks>
public static class InputFile
{
    private const string SaveAsUtf8 = "In Excel, choose File > Save As and the type 'CSV UTF-8 (Comma delimited)', then try again.";

    private static readonly string[] SpreadsheetExtensions = [".xlsx", ".xlsm", ".xls", ".ods", ".numbers"];

    /// <returns>What is wrong with the file at <paramref name="path"/> in plain words, or null when it can be read as text.</returns>
    public static string? Problem(string path)
    {
        if (Directory.Exists(path))
        {
            return $"{path} is a folder; give the file inside it.";
        }

        if (!File.Exists(path))
        {
            return $"There is no file at {path}.";
        }

        var bytes = File.ReadAllBytes(path);
        if (SpreadsheetExtensions.Contains(Path.GetExtension(path).ToLowerInvariant()) || LooksLikeWorkbook(bytes))
        {
            return $"{path} is a spreadsheet workbook, not a CSV file. {SaveAsUtf8}";
        }

        // A byte-order mark says how the text is written, and the reader follows it.
        if (bytes.AsSpan().StartsWith("\uFEFF"u8) || bytes.AsSpan().StartsWith(new byte[] { 0xFF, 0xFE }) || bytes.AsSpan().StartsWith(new byte[] { 0xFE, 0xFF }))
        {
            return null;
        }

        if (bytes.AsSpan().Contains((byte)0))
        {
            return $"{path} is not a text file. {SaveAsUtf8}";
        }

        return FirstLineNotUtf8(bytes) is { } line
            ? $"Line {line} of {path} is not written as UTF-8, so letters such as ’ or é would be read wrongly. {SaveAsUtf8}"
            : null;
    }

    // A zip (.xlsx, .ods) or an older Office compound file (.xls), whatever its name says.
    private static bool LooksLikeWorkbook(byte[] bytes) =>
        bytes.AsSpan().StartsWith("PK\u0003\u0004"u8) || bytes.AsSpan().StartsWith(new byte[] { 0xD0, 0xCF, 0x11, 0xE0 });

    private static int? FirstLineNotUtf8(byte[] bytes)
    {
        var strict = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
        try
        {
            strict.GetCharCount(bytes);
            return null;
        }
        catch (DecoderFallbackException bad)
        {
            return bytes.AsSpan(0, Math.Clamp(bad.Index, 0, bytes.Length)).Count((byte)'\n') + 1;
        }
    }
}
