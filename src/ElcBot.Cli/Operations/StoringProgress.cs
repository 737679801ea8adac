namespace ElcBot.Cli.Operations;

/// <summary>The line `import` shows while it stores rows, a hundred at a time: "Storing rows: 1,200 of 10,334".</summary>
public static class StoringProgress
{
    /// <summary>A file of fewer rows is stored in one go and shows no line.</summary>
    public const int Every = 100;

    /// <summary>The line for rows done of rows to store, or null when there is nothing worth showing.</summary>
    /// <remarks>The importer reports once for each hundred rows stored, so each report is shown.</remarks>
    public static string? Line((int Done, int Total) rows) =>
        rows.Total >= Every ? $"Storing rows: {rows.Done:N0} of {rows.Total:N0}" : null;
}
