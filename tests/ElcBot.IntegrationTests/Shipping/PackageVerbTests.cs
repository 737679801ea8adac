using System.IO.Compression;
using System.Text.Json.Nodes;

namespace ElcBot.IntegrationTests.Shipping;

/// <summary>`ElcBot.Cli package` run as a person runs it, as a separate process with its own settings.</summary>
public sealed class PackageVerbTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("elcbot-verb-");

    [Fact]
    public async Task Should_write_the_package_when_the_settings_are_valid()
    {
        var zipPath = Path.Combine(_folder.FullName, "elcbot.zip");

        var result = await RunPackageAsync(ValidSettings(), "--out", zipPath);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains(zipPath, result.Output, StringComparison.Ordinal);
        using var zip = ZipFile.OpenRead(zipPath);
        await using var manifestStream = zip.GetEntry("manifest.json")!.Open();
        var manifest = (await JsonNode.ParseAsync(manifestStream))!;
        Assert.Equal(BuiltTeamsPackage.Settings.BotId, manifest["bots"]![0]!["botId"]!.GetValue<string>());
        Assert.Equal(BuiltTeamsPackage.Settings.BotId, manifest["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task Should_fail_and_name_the_setting_when_the_bot_id_is_missing()
    {
        var settings = ValidSettings();
        settings["MicrosoftAppId"] = string.Empty;
        var zipPath = Path.Combine(_folder.FullName, "never.zip");

        var result = await RunPackageAsync(settings, "--out", zipPath);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("MicrosoftAppId is not set", result.Errors, StringComparison.Ordinal);
        Assert.False(File.Exists(zipPath));
    }

    [Fact]
    public async Task Should_fail_when_the_bot_id_is_not_a_guid()
    {
        var settings = ValidSettings();
        settings["MicrosoftAppId"] = "elcbot";

        var result = await RunPackageAsync(settings, "--out", Path.Combine(_folder.FullName, "never.zip"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("'elcbot' is not a valid app id", result.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_fail_in_one_line_naming_the_bad_line_when_the_env_file_cannot_be_read()
    {
        await File.WriteAllTextAsync(Path.Combine(_folder.FullName, ".env"), "Teams__AppVersion=2.0.0\nnot a setting\n");

        var result = await RunPackageAsync(ValidSettings(), "--out", Path.Combine(_folder.FullName, "never.zip"));

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
            $"That did not work: ElcBot could not read its settings file {Path.Combine(_folder.FullName, ".env")}: line 2 is not in the form Name=value. Put that line right or remove it, then start again (.env.example shows every setting).",
            result.Errors.Trim());
    }

    public void Dispose() => _folder.Delete(recursive: true);

    private static Dictionary<string, string> ValidSettings() => new(StringComparer.Ordinal)
    {
        ["MicrosoftAppId"] = BuiltTeamsPackage.Settings.BotId!,
        ["Teams__AppId"] = string.Empty,
        ["Teams__AppVersion"] = "2.0.0",
        ["Teams__DeveloperName"] = BuiltTeamsPackage.Settings.DeveloperName!,
        ["Teams__DeveloperWebsiteUrl"] = BuiltTeamsPackage.Settings.DeveloperWebsiteUrl!,
        ["Teams__PrivacyUrl"] = BuiltTeamsPackage.Settings.PrivacyUrl!,
        ["Teams__TermsOfUseUrl"] = BuiltTeamsPackage.Settings.TermsOfUseUrl!,
    };

    // Runs from an empty folder, so no developer's .env is picked up; the CLI still finds manifest/ from its own location.
    private Task<ToolResult> RunPackageAsync(Dictionary<string, string> settings, params string[] arguments) =>
        ToolProcess.RunAsync(
            "dotnet",
            [Path.Combine(AppContext.BaseDirectory, "ElcBot.Cli.dll"), "package", .. arguments],
            _folder.FullName,
            CancellationToken.None,
            settings);
}
