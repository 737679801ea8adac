using ElcBot.Bot.Hosting;
using Microsoft.Extensions.Configuration;

namespace ElcBot.Tests.Hosting;

public sealed class BotIdentitySettingsTests
{
    private const string AppId = "11111111-2222-3333-4444-555555555555";

    [Theory]
    [InlineData(null, null, null)]
    [InlineData("MultiTenant", AppId, null)]
    [InlineData("userassignedmsi", AppId, "9b8a7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d")]
    public void Should_find_no_problem_when_the_settings_are_usable(string? appType, string? appId, string? tenantId)
    {
        Assert.Empty(BotIdentitySettings.Problems(Settings(appType, appId, tenantId)));
    }

    [Fact]
    public void Should_name_the_app_types_allowed_when_the_type_is_unknown()
    {
        var problem = Assert.Single(BotIdentitySettings.Problems(Settings("Managed", AppId, null)));

        Assert.Equal("MicrosoftAppType must be one of MultiTenant, SingleTenant, UserAssignedMSI (it is 'Managed').", problem);
    }

    [Fact]
    public void Should_ask_for_a_guid_when_the_app_id_is_not_one()
    {
        var problem = Assert.Single(BotIdentitySettings.Problems(Settings("MultiTenant", "elcbot", null)));

        Assert.StartsWith("MicrosoftAppId must be the bot's app id, a GUID", problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("SingleTenant")]
    [InlineData("UserAssignedMSI")]
    public void Should_ask_for_the_tenant_id_when_the_app_type_needs_one(string appType)
    {
        var problem = Assert.Single(BotIdentitySettings.Problems(Settings(appType, AppId, " ")));

        Assert.Equal($"Set MicrosoftAppTenantId: {appType} needs the Entra tenant id the bot's identity belongs to.", problem);
    }

    private static IConfiguration Settings(string? appType, string? appId, string? tenantId) =>
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["MicrosoftAppType"] = appType,
            ["MicrosoftAppId"] = appId,
            ["MicrosoftAppTenantId"] = tenantId,
        }).Build();
}
