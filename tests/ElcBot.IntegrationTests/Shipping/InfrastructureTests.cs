using System.Text.Json.Nodes;

namespace ElcBot.IntegrationTests.Shipping;

/// <summary>What the compiled infrastructure must say for the service to run as deployed (read from the ARM output of infra/).</summary>
public sealed class InfrastructureTests(CompiledInfrastructure compiled) : IClassFixture<CompiledInfrastructure>
{
    private const string TableDataContributorRoleId = "0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3";

    [Fact]
    public void Should_refuse_shared_keys_when_the_storage_account_is_created()
    {
        var account = Assert.Single(compiled.Resources("Microsoft.Storage/storageAccounts"));

        Assert.False(account["properties"]!["allowSharedKeyAccess"]!.GetValue<bool>());
        Assert.Single(compiled.Resources("Microsoft.Storage/storageAccounts/tableServices"));
    }

    [Fact]
    public void Should_grant_the_identity_table_data_contributor_when_deployed()
    {
        var assignment = Assert.Single(compiled.Resources("Microsoft.Authorization/roleAssignments"));
        var storageModule = compiled.Resources("Microsoft.Resources/deployments").Single(d => d["name"]!.GetValue<string>() == "storage");

        Assert.Equal(TableDataContributorRoleId, storageModule["properties"]!["template"]!["variables"]!["tableDataContributorRoleId"]!.GetValue<string>());
        Assert.Contains("tableDataContributorRoleId", assignment["properties"]!["roleDefinitionId"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("ServicePrincipal", assignment["properties"]!["principalType"]!.GetValue<string>());
    }

    [Fact]
    public void Should_authenticate_the_bot_as_the_managed_identity_when_registered()
    {
        var bot = Assert.Single(compiled.Resources("Microsoft.BotService/botServices"));
        var channel = Assert.Single(compiled.Resources("Microsoft.BotService/botServices/channels"));

        Assert.Equal("UserAssignedMSI", bot["properties"]!["msaAppType"]!.GetValue<string>());
        Assert.NotNull(bot["properties"]!["msaAppMSIResourceId"]);
        Assert.NotNull(bot["properties"]!["msaAppTenantId"]);
        Assert.Equal("MsTeamsChannel", channel["properties"]!["channelName"]!.GetValue<string>());
    }

    [Fact]
    public void Should_run_dotnet_10_always_on_with_a_health_check_when_the_web_app_is_created()
    {
        var siteConfig = Site()["properties"]!["siteConfig"]!;

        Assert.Equal("DOTNETCORE|10.0", siteConfig["linuxFxVersion"]!.GetValue<string>());
        Assert.True(siteConfig["alwaysOn"]!.GetValue<bool>());
        Assert.Equal("/healthz", siteConfig["healthCheckPath"]!.GetValue<string>());
        Assert.True(Assert.Single(compiled.Resources("Microsoft.Web/serverfarms"))["properties"]!["reserved"]!.GetValue<bool>());
    }

    [Fact]
    public void Should_give_the_service_every_setting_it_reads_in_azure_when_the_web_app_is_created()
    {
        var settings = Site()["properties"]!["siteConfig"]!["appSettings"]!.AsArray()
            .ToDictionary(s => s!["name"]!.GetValue<string>(), s => s!["value"]!.ToString(), StringComparer.Ordinal);

        Assert.Equal("UserAssignedMSI", settings["MicrosoftAppType"]);
        Assert.All(
            ["MicrosoftAppId", "MicrosoftAppTenantId", "Storage__TableServiceUri", "Storage__ManagedIdentityClientId", "APPLICATIONINSIGHTS_CONNECTION_STRING"],
            name => Assert.False(string.IsNullOrWhiteSpace(settings.GetValueOrDefault(name)), $"{name} is not set"));
    }

    [Fact]
    public void Should_put_application_insights_on_a_workspace_when_deployed()
    {
        var component = Assert.Single(compiled.Resources("Microsoft.Insights/components"));

        Assert.Single(compiled.Resources("Microsoft.OperationalInsights/workspaces"));
        Assert.NotNull(component["properties"]!["WorkspaceResourceId"]);
    }

    [Fact]
    public void Should_output_the_messaging_endpoint_when_deployed()
    {
        var outputs = compiled.Main["outputs"]!.AsObject();

        Assert.True(outputs.ContainsKey("messagingEndpoint"));
        Assert.True(outputs.ContainsKey("botAppId"));
        Assert.Equal("[format('https://{0}/api/messages', reference('site').defaultHostName)]", AppModuleOutput("messagingEndpoint"));
    }

    private JsonObject Site() => Assert.Single(compiled.Resources("Microsoft.Web/sites"));

    private string AppModuleOutput(string name) =>
        compiled.Resources("Microsoft.Resources/deployments").Single(d => d["name"]!.GetValue<string>() == "app")
            ["properties"]!["template"]!["outputs"]![name]!["value"]!.GetValue<string>();
}
