using System.IO.Compression;
using System.Text.Json.Nodes;
using ElcBot.Bot.Commands;
using ElcBot.Cli.Packaging;

namespace ElcBot.IntegrationTests.Shipping;

/// <summary>The Teams app package built once, by the same code as the `package` verb, from example settings.</summary>
public sealed class BuiltTeamsPackage : IAsyncLifetime
{
    public static readonly TeamsAppSettings Settings = new()
    {
        BotId = "6f1c2a5e-93b4-4d0a-8a57-2c3e4f5a6b7c",
        AppId = "0d9e8f7a-6b5c-4d3e-9f2a-1b0c9d8e7f6a",
        Version = "1.2.3",
        DeveloperName = "Example Health and Care",
        DeveloperWebsiteUrl = "https://www.example.org/elc",
        PrivacyUrl = "https://www.example.org/elc/privacy",
        TermsOfUseUrl = "https://www.example.org/elc/terms",
    };

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("elcbot-package-");

    public IReadOnlyList<BotCommand> Commands { get; } = BotCommandCatalogue.Load();

    public IReadOnlyDictionary<string, byte[]> Entries { get; private set; } = new Dictionary<string, byte[]>();

    public JsonObject Manifest => JsonNode.Parse(Entries["manifest.json"])!.AsObject();

    public async Task InitializeAsync()
    {
        var zipPath = Path.Combine(_folder.FullName, "package.zip");
        await TeamsAppPackage.WriteAsync(RepositoryFiles.Manifest, zipPath, Settings, Commands, CancellationToken.None);

        var entries = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        using var zip = ZipFile.OpenRead(zipPath);
        foreach (var entry in zip.Entries)
        {
            await using var stream = entry.Open();
            using var copy = new MemoryStream();
            await stream.CopyToAsync(copy);
            entries[entry.FullName] = copy.ToArray();
        }

        Entries = entries;
    }

    public Task DisposeAsync()
    {
        _folder.Delete(recursive: true);
        return Task.CompletedTask;
    }
}
