using System.Text.Json.Nodes;

namespace ElcBot.IntegrationTests.Shipping;

/// <summary>infra/ compiled once by the bicep CLI into a temporary folder, shared by the tests that read the ARM output.</summary>
public sealed class CompiledInfrastructure : IAsyncLifetime
{
    private readonly DirectoryInfo _output = Directory.CreateTempSubdirectory("elcbot-arm-");

    public ToolResult Build { get; private set; } = new(-1, string.Empty, string.Empty);

    public JsonObject Main => JsonNode.Parse(File.ReadAllText(Path.Combine(_output.FullName, "main.json")))!.AsObject();

    public static IReadOnlyList<string> SourceFiles() =>
        Directory.GetFiles(RepositoryFiles.Infra, "*.bicep", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(RepositoryFiles.Infra, f))
            .Order(StringComparer.Ordinal)
            .ToArray();

    public IReadOnlyList<string> OutputFiles() =>
        Directory.GetFiles(_output.FullName, "*.json", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(_output.FullName, f))
            .Order(StringComparer.Ordinal)
            .ToArray();

    /// <summary>Every resource the template creates (not those it only refers to), nested module templates included.</summary>
    public IReadOnlyList<JsonObject> Resources(string type)
    {
        var found = new List<JsonObject>();
        Collect(Main, type, found);
        return found;
    }

    public async Task InitializeAsync()
    {
        Build = await BicepCli.RunAsync(RepositoryFiles.Infra, CancellationToken.None, "build", "--pattern", "**/*.bicep", "--outdir", _output.FullName);
    }

    public Task DisposeAsync()
    {
        _output.Delete(recursive: true);
        return Task.CompletedTask;
    }

    private static void Collect(JsonNode? node, string type, List<JsonObject> found)
    {
        switch (node)
        {
            case JsonObject obj:
                if (obj["type"] is JsonValue value && value.TryGetValue<string>(out var t) && string.Equals(t, type, StringComparison.OrdinalIgnoreCase)
                    && obj.ContainsKey("apiVersion") && obj["existing"] is null)
                {
                    found.Add(obj);
                }

                foreach (var (_, child) in obj)
                {
                    Collect(child, type, found);
                }

                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    Collect(child, type, found);
                }

                break;
        }
    }
}
