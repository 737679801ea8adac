using System.IO.Compression;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ElcBot.Bot.Commands;

namespace ElcBot.Cli.Packaging;

/// <summary>Builds the Teams app package: manifest.json from manifest/manifest.template.json, plus the two icons, in one zip.</summary>
public static partial class TeamsAppPackage
{
    public const string TemplateFile = "manifest.template.json";
    public const string ColorIcon = "color.png";
    public const string OutlineIcon = "outline.png";

    // Relaxed escaping keeps apostrophes readable; the manifest is never embedded in HTML.
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    // A fixed time for every entry, so the same inputs give the same zip.
    private static readonly DateTimeOffset EntryTime = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>The manifest: the template's <c>${{Setting}}</c> tokens replaced and the command menus filled in.</summary>
    public static JsonObject BuildManifest(string templateJson, TeamsAppSettings settings, IReadOnlyList<BotCommand> commands)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var manifest = JsonNode.Parse(templateJson)?.AsObject() ?? throw new InvalidDataException("The manifest template is not a JSON object.");
        var tokens = settings.Tokens();
        Substitute(manifest, tokens);

        var bot = manifest["bots"]?.AsArray().SingleOrDefault()?.AsObject()
            ?? throw new InvalidDataException("The manifest template must declare exactly one bot.");
        bot["commandLists"] = CommandLists.ToJson(commands);
        return manifest;
    }

    /// <summary>Writes the zip and returns the manifest it holds.</summary>
    /// <param name="manifestFolder">The folder holding the template and the icons (manifest/ in the repository).</param>
    /// <param name="zipPath">Where to write the package; its folder is created.</param>
    public static async Task<JsonObject> WriteAsync(string manifestFolder, string zipPath, TeamsAppSettings settings, IReadOnlyList<BotCommand> commands, CancellationToken cancellationToken)
    {
        var template = await File.ReadAllTextAsync(Path.Combine(manifestFolder, TemplateFile), cancellationToken).ConfigureAwait(false);
        var manifest = BuildManifest(template, settings, commands);

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(zipPath))!);
        await using var file = new FileStream(zipPath, FileMode.Create, FileAccess.Write);
        await using var zip = new ZipArchive(file, ZipArchiveMode.Create);
        await AddAsync(zip, "manifest.json", new UTF8Encoding(false).GetBytes(manifest.ToJsonString(Indented)), cancellationToken).ConfigureAwait(false);
        foreach (var icon in new[] { ColorIcon, OutlineIcon })
        {
            var bytes = await File.ReadAllBytesAsync(Path.Combine(manifestFolder, icon), cancellationToken).ConfigureAwait(false);
            await AddAsync(zip, icon, bytes, cancellationToken).ConfigureAwait(false);
        }

        return manifest;
    }

    private static async Task AddAsync(ZipArchive zip, string name, byte[] content, CancellationToken cancellationToken)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        entry.LastWriteTime = EntryTime;
        await using var stream = await entry.OpenAsync(cancellationToken).ConfigureAwait(false);
        await stream.WriteAsync(content, cancellationToken).ConfigureAwait(false);
    }

    private static void Substitute(JsonNode? node, IReadOnlyDictionary<string, string> tokens)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, child) in obj.ToArray())
                {
                    if (child is JsonValue value && value.TryGetValue<string>(out var text))
                    {
                        obj[key] = Replace(text, tokens);
                    }
                    else
                    {
                        Substitute(child, tokens);
                    }
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    if (array[i] is JsonValue value && value.TryGetValue<string>(out var text))
                    {
                        array[i] = Replace(text, tokens);
                    }
                    else
                    {
                        Substitute(array[i], tokens);
                    }
                }

                break;
        }
    }

    private static string Replace(string text, IReadOnlyDictionary<string, string> tokens) =>
        Token().Replace(text, match => tokens.TryGetValue(match.Groups[1].Value, out var value)
            ? value
            : throw new InvalidDataException($"The manifest template names an unknown setting '{match.Groups[1].Value}'."));

    [GeneratedRegex(@"\$\{\{([A-Za-z0-9_]+)\}\}", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex Token();
}
