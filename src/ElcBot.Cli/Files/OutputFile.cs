namespace ElcBot.Cli.Files;

/// <summary>Checks that a verb can write where it was told, before any slow work starts.</summary>
public static class OutputFile
{
    /// <param name="exampleName">A file name to suggest when <paramref name="path"/> is a folder, such as "out.csv".</param>
    /// <param name="makesFolder">True when the verb makes a missing folder itself.</param>
    /// <returns>What stops a file being written at <paramref name="path"/> in plain words, or null when nothing seen does.</returns>
    public static string? Problem(string path, string exampleName, bool makesFolder = false)
    {
        var full = Path.GetFullPath(path);
        if (Directory.Exists(full))
        {
            return $"{path} is a folder; give a file name, such as {Path.Combine(path, exampleName)}.";
        }

        var folder = Path.GetDirectoryName(full);
        return !makesFolder && folder is not null && !Directory.Exists(folder)
            ? $"The folder {folder} does not exist; make it first, or choose another."
            : null;
    }
}
