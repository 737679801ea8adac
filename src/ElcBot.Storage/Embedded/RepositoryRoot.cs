namespace ElcBot.Storage.Embedded;

/// <summary>Finds the repository checkout the process runs from, so relative tool and data folders resolve.</summary>
public static class RepositoryRoot
{
    public static string? Find()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "ElcBot.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        return null;
    }

    public static string Resolve(string path) =>
        Path.IsPathRooted(path) ? path : Path.Combine(Find() ?? Directory.GetCurrentDirectory(), path);
}
