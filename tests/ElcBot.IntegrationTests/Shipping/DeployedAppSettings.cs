using System.Text.Json.Nodes;

namespace ElcBot.IntegrationTests.Shipping;

/// <summary>
/// The app settings the compiled template gives the web app, worked out from the app module as Azure would, with a
/// plausible sample for each value known only once deployed (the identity's ids, the table endpoint, the secret).
/// </summary>
public static class DeployedAppSettings
{
    public const string ClientId = "3f6c1d2e-8a4b-4c5d-9e0f-1a2b3c4d5e6f";
    public const string TenantId = "9b8a7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d";
    public const string TableServiceUri = "https://stelcbotq7k3m2x.table.core.windows.net/";
    public const string ContributorKeySecret = "sample-contributor-key-for-tests-only-never-deployed-0123456789";

    // The exporter is pointed at a closed local port, so a test that starts with it never sends anything anywhere.
    public const string AppInsightsConnectionString =
        "InstrumentationKey=0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e;IngestionEndpoint=http://127.0.0.1:9/;LiveEndpoint=http://127.0.0.1:9/";

    /// <summary>Name and value of each setting, in the template's order.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> For(CompiledInfrastructure compiled, IReadOnlyList<string> facilitatorIds)
    {
        var module = compiled.Resources("Microsoft.Resources/deployments").Single(d => d["name"]!.GetValue<string>() == "app")["properties"]!["template"]!.AsObject();
        var site = module["resources"]!.AsObject().Select(r => r.Value!.AsObject()).Single(r => r["type"]!.GetValue<string>() == "Microsoft.Web/sites");
        var samples = new Dictionary<string, JsonNode?>(StringComparer.Ordinal)
        {
            ["identityClientId"] = ClientId,
            ["tenantId"] = TenantId,
            ["tableServiceUri"] = TableServiceUri,
            ["contributorKeySecret"] = ContributorKeySecret,
            ["facilitatorIds"] = new JsonArray(facilitatorIds.Select(id => (JsonNode?)id).ToArray()),
        };
        var references = new Dictionary<string, JsonNode?>(StringComparer.Ordinal)
        {
            ["appInsights"] = new JsonObject { ["ConnectionString"] = AppInsightsConnectionString },
        };

        var settings = new ArmEvaluator(module, samples, references).Evaluate(site["properties"]!["siteConfig"]!["appSettings"])!.AsArray();
        return settings.Select(s => KeyValuePair.Create(s!["name"]!.GetValue<string>(), s["value"]!.GetValue<string>())).ToArray();
    }
}
