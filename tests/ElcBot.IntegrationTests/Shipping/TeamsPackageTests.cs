using System.Globalization;

namespace ElcBot.IntegrationTests.Shipping;

/// <summary>The package the `package` verb builds: its contents, its manifest against the official schema, and its settings.</summary>
public sealed class TeamsPackageTests(BuiltTeamsPackage package) : IClassFixture<BuiltTeamsPackage>
{
    [Fact]
    public void Should_hold_the_manifest_and_both_icons_at_the_root_when_built()
    {
        Assert.Equal(["color.png", "manifest.json", "outline.png"], package.Entries.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("color.png", package.Manifest["icons"]!["color"]!.GetValue<string>());
        Assert.Equal("outline.png", package.Manifest["icons"]!["outline"]!.GetValue<string>());
    }

    [Fact]
    public async Task Should_match_the_official_schema_for_its_version_when_validated_offline()
    {
        var version = package.Manifest["manifestVersion"]!.GetValue<string>();

        var (schema, errors, run) = await ManifestSchema.ValidateAsync(package.Manifest, CancellationToken.None);

        Assert.Empty(errors);
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal($"build/json-schemas/teams/v{version}/MicrosoftTeams.schema.json", schema);
    }

    [Fact]
    public async Task Should_report_schema_errors_when_the_manifest_breaks_the_schema()
    {
        var broken = package.Manifest;
        broken["name"]!["short"] = new string('x', 31);
        broken["bots"]![0]!.AsObject().Remove("botId");

        var (_, errors, run) = await ManifestSchema.ValidateAsync(broken, CancellationToken.None);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(errors, e => e.StartsWith("/name/short", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("botId", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_declare_manifest_version_1_19_or_later_with_the_matching_schema_when_built()
    {
        var version = package.Manifest["manifestVersion"]!.GetValue<string>();

        Assert.True(Version.TryParse(version, out var parsed) && parsed >= new Version(1, 19), $"manifestVersion is {version}");
        Assert.NotEqual("1.18", version);
        Assert.Equal($"https://developer.microsoft.com/json-schemas/teams/v{version}/MicrosoftTeams.schema.json", package.Manifest["$schema"]!.GetValue<string>());
    }

    [Fact]
    public void Should_fill_every_setting_into_the_manifest_when_built()
    {
        var manifest = package.Manifest;
        var settings = BuiltTeamsPackage.Settings;

        Assert.DoesNotContain("${{", manifest.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(settings.AppId, manifest["id"]!.GetValue<string>());
        Assert.Equal(settings.Version, manifest["version"]!.GetValue<string>());
        Assert.Equal(settings.BotId, manifest["bots"]![0]!["botId"]!.GetValue<string>());
        Assert.Equal(settings.DeveloperName, manifest["developer"]!["name"]!.GetValue<string>());
        Assert.Equal(settings.DeveloperWebsiteUrl, manifest["developer"]!["websiteUrl"]!.GetValue<string>());
        Assert.Equal(settings.PrivacyUrl, manifest["developer"]!["privacyUrl"]!.GetValue<string>());
        Assert.Equal(settings.TermsOfUseUrl, manifest["developer"]!["termsOfUseUrl"]!.GetValue<string>());
    }

    [Fact]
    public void Should_offer_the_bot_in_personal_team_and_group_chat_scopes_when_built()
    {
        var scopes = package.Manifest["bots"]![0]!["scopes"]!.AsArray().Select(s => s!.GetValue<string>());

        Assert.Equal(["groupChat", "personal", "team"], scopes.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Should_use_an_accent_colour_taken_from_the_colour_icon_when_built()
    {
        var accent = package.Manifest["accentColor"]!.GetValue<string>();
        var icon = PngImage.Decode(package.Entries["color.png"]);
        var background = icon[0, 0];

        Assert.Equal($"#{background.R:X2}{background.G:X2}{background.B:X2}", accent.ToUpper(CultureInfo.InvariantCulture));
    }
}
