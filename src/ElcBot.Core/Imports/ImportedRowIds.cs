using System.Security.Cryptography;
using System.Text;
using ElcBot.Core.Contributions;

namespace ElcBot.Core.Imports;

/// <summary>
/// Knows a row of a file again by the file's name and the row's words, not by its line: a sheet sorted, or with rows
/// added or taken out, imported again stores only the rows that are new. The same words written twice in one file are
/// two voices, so each is counted: the second "Nothing." is new only if one was there before.
/// </summary>
internal sealed class ImportedRowIds
{
    private readonly string _roundId;
    private readonly string _source;
    private readonly Dictionary<string, int> _earlier;
    private readonly Dictionary<string, int> _seen = new(StringComparer.Ordinal);

    private ImportedRowIds(string roundId, string source, Dictionary<string, int> earlier)
    {
        _roundId = roundId;
        _source = source;
        _earlier = earlier;
    }

    /// <summary>Counts the rows of this file kept by earlier imports into the round, by their words.</summary>
    /// <remarks>
    /// Earlier imports named a row "file:line:words" and now "file:words:#n"; both are counted, so a file imported
    /// before this change is still known again.
    /// </remarks>
    public static ImportedRowIds From(string roundId, string source, IEnumerable<Contribution> kept)
    {
        var earlier = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var contribution in kept)
        {
            if (contribution.Imported && WordsOf(contribution.SubmissionId, source) is { } words)
            {
                earlier[words] = earlier.GetValueOrDefault(words) + 1;
            }
        }

        return new ImportedRowIds(roundId, source, earlier);
    }

    /// <summary>The next row with these words in the file: its id, or null when an earlier import kept it already.</summary>
    public (string Id, string Submission)? Next(string text)
    {
        var words = Hash(text);
        var n = _seen[words] = _seen.GetValueOrDefault(words) + 1;
        if (n <= _earlier.GetValueOrDefault(words))
        {
            return null;
        }

        var submission = $"{_source}:{words}:#{n}";
        return (ContributionService.IdFor(_roundId, "import", submission), submission);
    }

    public static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16];

    // The part after the file's name is "line:words" (before) or "words:#n" (now).
    private static string? WordsOf(string? submission, string source)
    {
        if (submission is null || !submission.StartsWith(source + ":", StringComparison.Ordinal))
        {
            return null;
        }

        var parts = submission[(source.Length + 1)..].Split(':');
        return parts switch
        {
            [var line, var words] when line.All(char.IsAsciiDigit) && IsHash(words) => words,
            [var words, var n] when n.StartsWith('#') && IsHash(words) => words,
            _ => null,
        };
    }

    private static bool IsHash(string words) => words.Length == 16 && words.All(char.IsAsciiHexDigitLower);
}
