namespace ElcBot.Web.Hosting;

/// <summary>Reads settings from a .env file in the working folder or the nearest folder above it, when there is one.</summary>
/// <remarks>Variables already set in the environment win, so a deployment's settings are never overridden by a stray file.</remarks>
public static class DotEnvFile
{
    public const string FileName = ".env";

    /// <returns>What is wrong with the file, in plain words; null when there is none or it was read.</returns>
    public static string? LoadIfPresent() => Find(Directory.GetCurrentDirectory()) is { } path ? Load(path) : null;

    /// <summary>As <see cref="LoadIfPresent"/>, for the operator CLI, which prints a thrown set-up problem in one line.</summary>
    public static void LoadIfPresentOrThrow()
    {
        if (LoadIfPresent() is { } problem)
        {
            throw new InvalidOperationException(problem);
        }
    }

    /// <returns>What is wrong with the file, in plain words; null when it was read. Nothing is set from a file with a problem.</returns>
    public static string? Load(string path)
    {
        var (settings, problem) = Read(path);
        var alreadySet = settings.Select(s => s.Key).Where(key => Environment.GetEnvironmentVariable(key) is not null).ToHashSet();
        foreach (var (key, value) in settings.Where(s => !alreadySet.Contains(s.Key)))
        {
            Environment.SetEnvironmentVariable(key, value);
        }

        return problem;
    }

    /// <summary>The file's settings in order, parsed to the end without setting anything; none when a line is wrong.</summary>
    public static (IReadOnlyList<KeyValuePair<string, string>> Settings, string? Problem) Read(string path)
    {
        try
        {
            return (DotNetEnv.Env.NoEnvVars().Load(path).ToList(), null);
        }
        catch (Sprache.ParseException e)
        {
            return ([], $"ElcBot could not read its settings file {path}: line {e.Position.Line} is not in the form Name=value. "
                + "Put that line right or remove it, then start again (.env.example shows every setting).");
        }
    }

    private static string? Find(string folder)
    {
        for (var dir = new DirectoryInfo(folder); dir is not null; dir = dir.Parent)
        {
            var path = Path.Combine(dir.FullName, FileName);
            if (File.Exists(path))
            {
                return path;
            }
        }

        return null;
    }
}
