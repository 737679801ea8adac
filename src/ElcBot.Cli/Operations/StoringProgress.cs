namespace ElcBot.Cli.Operations;

/// <summary>The line `import` shows while it stores rows one by one: "Storing rows: 1,200 of 10,334".</summary>
public static class StoringProgress
{
    /// <summary>
    /// A line every hundred rows moves often enough to see, and stays short when standard error goes to a file; a
    /// file of fewer rows is stored at once and shows none.
    /// </summary>
    public const int Every = 100;

    /// <summary>The line for rows done of rows to store, or null when there is nothing worth showing.</summary>
    public static string? Line((int Done, int Total) rows) =>
        rows.Total >= Every && (rows.Done % Every == 0 || rows.Done == rows.Total)
            ? $"Storing rows: {rows.Done:N0} of {rows.Total:N0}"
            : null;
}
