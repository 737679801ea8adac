namespace ElcBot.Storage.Tables;

/// <summary>What Storage__TablePrefix may be, so that every table name made from it is one Azure accepts.</summary>
/// <remarks>
/// Azure table names are 3 to 63 letters and digits, starting with a letter. A prefix that breaks this is otherwise
/// found only after start, as a storage error on every request.
/// </remarks>
public static class TablePrefixRule
{
    private const int MaxTableName = 63;

    public static readonly int MaxLength = MaxTableName - TableNames.All.Max(name => name.Length);

    public static string Problem =>
        $"Storage__TablePrefix must be at most {MaxLength} letters and digits, starting with a letter (such as elc), because Azure table names allow nothing else.";

    /// <summary>True for a usable prefix; an empty one leaves the table names bare, which Azure accepts too.</summary>
    public static bool Allows(string? prefix) =>
        string.IsNullOrEmpty(prefix) || (prefix.Length <= MaxLength && char.IsAsciiLetter(prefix[0]) && prefix.All(char.IsAsciiLetterOrDigit));
}
