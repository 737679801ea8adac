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
    public void Should_take_only_tls_1_2_over_https_with_no_public_blobs_when_the_storage_account_is_created()
    {
        var properties = Assert.Single(compiled.Resources("Microsoft.Storage/storageAccounts"))["properties"]!;

        Assert.Equal("TLS1_2", properties["minimumTlsVersion"]!.GetValue<string>());
        Assert.True(properties["supportsHttpsTrafficOnly"]!.GetValue<bool>());
        Assert.False(properties["allowBlobPublicAccess"]!.GetValue<bool>());
    }

    [Fact]
    public void Should_serve_https_only_with_tls_1_2_and_no_ftp_when_the_web_app_is_created()
    {
        var properties = Site()["properties"]!;

        Assert.True(properties["httpsOnly"]!.GetValue<bool>());
        Assert.Equal("1.2", properties["siteConfig"]!["minTlsVersion"]!.GetValue<string>());
        Assert.Equal("Disabled", properties["siteConfig"]!["ftpsState"]!.GetValue<string>());
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
        var settings = Settings([]);

        Assert.Equal("Production", settings["ASPNETCORE_ENVIRONMENT"]);
        Assert.Equal("UserAssignedMSI", settings["MicrosoftAppType"]);
        Assert.Equal(DeployedAppSettings.ClientId, settings["MicrosoftAppId"]);
        Assert.Equal(DeployedAppSettings.TenantId, settings["MicrosoftAppTenantId"]);
        Assert.Equal(DeployedAppSettings.TableServiceUri, settings["Storage__TableServiceUri"]);
        Assert.Equal(DeployedAppSettings.ClientId, settings["Storage__ManagedIdentityClientId"]);
        Assert.Equal(DeployedAppSettings.AppInsightsConnectionString, settings["APPLICATIONINSIGHTS_CONNECTION_STRING"]);
        Assert.Equal(DeployedAppSettings.ContributorKeySecret, settings["Privacy__ContributorKeySecret"]);
    }

    [Fact]
    public void Should_take_the_contributor_key_secret_from_a_secure_parameter_when_deployed()
    {
        var parameter = compiled.Main["parameters"]!["contributorKeySecret"]!;
        var app = AppModule();

        // securestring keeps the value out of the deployment history and the portal; 32 characters at least.
        Assert.Equal("securestring", parameter["type"]!.GetValue<string>());
        Assert.Equal(32, parameter["minLength"]!.GetValue<int>());
        Assert.Null(parameter["defaultValue"]);
        Assert.Equal("[parameters('contributorKeySecret')]", app["properties"]!["parameters"]!["contributorKeySecret"]!["value"]!.GetValue<string>());
        Assert.Equal("securestring", app["properties"]!["template"]!["parameters"]!["contributorKeySecret"]!["type"]!.GetValue<string>());
        Assert.DoesNotContain("contributorKeySecret", compiled.Main["outputs"]!.ToJsonString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Should_give_each_facilitator_a_numbered_setting_when_ids_are_listed()
    {
        string[] ids = ["5d1e6f7a-0b2c-4d3e-9f4a-5b6c7d8e9f0a", "8a9b0c1d-2e3f-4a5b-8c6d-7e8f9a0b1c2d"];

        var settings = Settings(ids);

        Assert.Equal(ids[0], settings["Bot__Facilitators__0"]);
        Assert.Equal(ids[1], settings["Bot__Facilitators__1"]);
        Assert.Equal(2, settings.Keys.Count(k => k.StartsWith("Bot__Facilitators__", StringComparison.Ordinal)));
        Assert.Equal("[parameters('facilitatorIds')]", AppModule()["properties"]!["parameters"]!["facilitatorIds"]!["value"]!.GetValue<string>());
    }

    [Fact]
    public void Should_list_no_facilitators_when_none_are_given()
    {
        var parameter = compiled.Main["parameters"]!["facilitatorIds"]!;

        Assert.Equal("array", parameter["type"]!.GetValue<string>());
        Assert.Empty(parameter["defaultValue"]!.AsArray());
        Assert.DoesNotContain(Settings([]).Keys, k => k.StartsWith("Bot__Facilitators__", StringComparison.Ordinal));
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

    private string AppModuleOutput(string name) => AppModule()["properties"]!["template"]!["outputs"]![name]!["value"]!.GetValue<string>();

    private JsonObject AppModule() => compiled.Resources("Microsoft.Resources/deployments").Single(d => d["name"]!.GetValue<string>() == "app");

    private Dictionary<string, string> Settings(IReadOnlyList<string> facilitatorIds) =>
        DeployedAppSettings.For(compiled, facilitatorIds).ToDictionary(StringComparer.Ordinal);
}
