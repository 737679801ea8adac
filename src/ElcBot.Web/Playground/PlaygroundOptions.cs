using Microsoft.Extensions.Options;

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
        var enabledSetting = section[nameof(Enabled)];
        bool enabled;
        if (string.IsNullOrWhiteSpace(enabledSetting))
        {
            enabled = environment.IsDevelopment();
        }
        else if (!bool.TryParse(enabledSetting.Trim(), out enabled))
        {
            // A misspelt value must not quietly leave a test page on, or off, in a way nobody chose.
            throw new OptionsValidationException(SectionName, typeof(PlaygroundOptions),
                [$"'{enabledSetting}' is not a valid Playground__Enabled: it must be true or false, or empty for on in Development only."]);
        }

        return new PlaygroundOptions
        {
            Enabled = enabled,
            LibrariesFolder = section[nameof(LibrariesFolder)] is { Length: > 0 } folder ? folder : DefaultLibrariesFolder,
        };
    }
}
