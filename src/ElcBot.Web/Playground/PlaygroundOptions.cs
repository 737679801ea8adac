namespace ElcBot.Web.Playground;

/// <summary>Settings of the local playground: a Teams-like page and a local channel, for development only.</summary>
public sealed class PlaygroundOptions
{
    public const string SectionName = "Playground";

    /// <summary>Serve the playground. Defaults to on in Development and off everywhere else.</summary>
    public bool Enabled { get; set; }

    /// <summary>Where the page's npm packages are installed (by scripts/run.sh), relative to the repository root.</summary>
    public string LibrariesFolder { get; set; } = "tools/playground/node_modules";
}
