namespace ElcBot.Web.Hosting;

/// <summary>Reads settings from a .env file at the repository root (or above the working folder), when there is one.</summary>
/// <remarks>Variables already set in the environment win, so a deployment's settings are never overridden by a stray file.</remarks>
public static class DotEnvFile
{
    public static void LoadIfPresent()
    {
        DotNetEnv.Env.NoClobber().TraversePath().Load();
    }
}
