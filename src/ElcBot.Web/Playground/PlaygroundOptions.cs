namespace ElcBot.Web.Playground;

/// <summary>Settings of the local playground: a Teams-like page and a local channel, for development only.</summary>
public sealed class PlaygroundOptions
{
    public const string SectionName = "Playground";
    public const string DefaultLibrariesFolder = "tools/playground/node_modules";

    /// <summary>Serve the playground. Defaults to on in Development and off everywhere else.</summary>
    public bool Enabled { get; init; }

    /// <summary>Where the page's npm packages are installed (by scripts/run.sh), relative to the repository root.</summary>
    public string LibrariesFolder { get; init; } = DefaultLibrariesFolder;

    /// <summary>Reads the settings once at start-up; an empty value (as .env files often hold) means the default.</summary>
    public static PlaygroundOptions From(IConfiguration configuration, IHostEnvironment environment)
    {
        var section = configuration.GetSection(SectionName);
        return new PlaygroundOptions
        {
            Enabled = bool.TryParse(section[nameof(Enabled)], out var enabled) ? enabled : environment.IsDevelopment(),
            LibrariesFolder = section[nameof(LibrariesFolder)] is { Length: > 0 } folder ? folder : DefaultLibrariesFolder,
        };
    }
}
