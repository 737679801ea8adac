using ElcBot.Cli.Packaging;
using Microsoft.Extensions.Configuration;

namespace ElcBot.IntegrationTests.Shipping;

/// <summary>The package is refused, with a plain reason, when the settings cannot make a valid app.</summary>
public sealed class TeamsAppSettingsTests
{
    [Fact]
    public void Should_have_no_problems_when_every_setting_is_valid()
    {
        Assert.Empty(BuiltTeamsPackage.Settings.Problems());
    }

    [Fact]
    public void Should_name_the_setting_when_the_bot_id_is_missing()
    {
        var problems = (BuiltTeamsPackage.Settings with { BotId = null }).Problems();

        Assert.Contains(problems, p => p.StartsWith("MicrosoftAppId is not set", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_say_it_must_be_a_guid_when_the_bot_id_is_invalid()
    {
        var problems = (BuiltTeamsPackage.Settings with { BotId = "my-bot" }).Problems();

        Assert.Contains(problems, p => p.Contains("'my-bot' is not a valid app id", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_refuse_plain_http_when_a_developer_address_is_not_https()
    {
        var problems = (BuiltTeamsPackage.Settings with { PrivacyUrl = "http://www.example.org/privacy" }).Problems();

        Assert.Contains(problems, p => p.StartsWith("Teams__PrivacyUrl", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_read_double_underscore_names_and_default_the_app_id_when_read_from_settings()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = BuiltTeamsPackage.Settings.BotId,
            ["Teams:DeveloperName"] = "Example Health and Care",
            ["Teams:PrivacyUrl"] = "https://www.example.org/elc/privacy",
        }).Build();

        var settings = TeamsAppSettings.From(configuration);

        Assert.Equal("Example Health and Care", settings.DeveloperName);
        Assert.Equal("https://www.example.org/elc/privacy", settings.PrivacyUrl);
        Assert.Equal("1.0.0", settings.Version);
        Assert.Equal(BuiltTeamsPackage.Settings.BotId, settings.Tokens()[TeamsAppSettings.AppIdSetting]);
    }
}
