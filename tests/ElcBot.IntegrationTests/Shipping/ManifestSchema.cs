using System.Text.Json;
using System.Text.Json.Nodes;

namespace ElcBot.IntegrationTests.Shipping;

/// <summary>Runs tests/manifest-check/validate.js: the official Teams schema bundled in npm @microsoft/app-manifest, offline.</summary>
public static class ManifestSchema
{
    private static string CheckFolder => RepositoryFiles.Path("tests", "manifest-check");

    /// <returns>The bundled schema file used and the errors it reported (empty when valid).</returns>
    public static async Task<(string? Schema, IReadOnlyList<string> Errors, ToolResult Run)> ValidateAsync(JsonObject manifest, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(Path.Combine(CheckFolder, "node_modules", "@microsoft", "app-manifest")))
        {
            throw new InvalidOperationException("The schema checker is not installed: run scripts/install-test-tools.sh (npm ci in tests/manifest-check).");
        }

        var file = Path.Combine(Path.GetTempPath(), $"elcbot-manifest-{Guid.NewGuid():N}.json");
        try
        {
            await File.WriteAllTextAsync(file, manifest.ToJsonString(), cancellationToken);
            var run = await ToolProcess.RunAsync("node", ["validate.js", file], CheckFolder, cancellationToken);
            var report = JsonNode.Parse(run.Output.Trim().Split('\n').Last())
                ?? throw new JsonException($"The schema checker printed no report: {run}");
            var errors = report["errors"]!.AsArray().Select(e => e!.GetValue<string>()).ToArray();
            return (report["schema"]?.GetValue<string>(), errors, run);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
