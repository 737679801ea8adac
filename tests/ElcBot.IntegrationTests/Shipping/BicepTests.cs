namespace ElcBot.IntegrationTests.Shipping;

/// <summary>Every Bicep file under infra/ compiles and passes the linter (infra/bicepconfig.json) with no errors and no warnings.</summary>
public sealed class BicepTests(CompiledInfrastructure compiled) : IClassFixture<CompiledInfrastructure>
{
    private const string KeySecretVariable = "ELCBOT_CONTRIBUTOR_KEY_SECRET";

    [Fact]
    public void Should_compile_every_file_with_no_diagnostics_when_built()
    {
        Assert.True(compiled.Build.ExitCode == 0, compiled.Build.ToString());
        Assert.Empty(BicepCli.Diagnostics(compiled.Build));
        Assert.Equal(CompiledInfrastructure.SourceFiles().Select(f => Path.ChangeExtension(f, ".json")), compiled.OutputFiles());
    }

    [Fact]
    public async Task Should_pass_the_linter_with_no_warnings_when_every_file_is_linted()
    {
        var result = await BicepCli.RunAsync(RepositoryFiles.Infra, CancellationToken.None, "lint", "--pattern", "**/*.bicep");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Empty(BicepCli.Diagnostics(result));
    }

    [Fact]
    public async Task Should_build_the_parameters_file_with_no_diagnostics_when_built()
    {
        // As the deployment guide says: the secret is exported before the deployment, never written in the file.
        var exported = new Dictionary<string, string> { [KeySecretVariable] = DeployedAppSettings.ContributorKeySecret };

        var build = await BicepCli.RunAsync(RepositoryFiles.Infra, exported, CancellationToken.None, "build-params", "main.bicepparam", "--stdout");
        var lint = await BicepCli.RunAsync(RepositoryFiles.Infra, exported, CancellationToken.None, "lint", "main.bicepparam");

        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.Empty(BicepCli.Diagnostics(build));
        Assert.True(lint.ExitCode == 0, lint.ToString());
        Assert.Empty(BicepCli.Diagnostics(lint));
    }

    [Theory]
    [InlineData("")]
    [InlineData("too-short-to-be-a-key")]
    public async Task Should_refuse_to_build_the_parameters_file_when_the_key_secret_exported_is_empty_or_short(string secret)
    {
        // Caught before anything is deployed, rather than a service that will not start.
        var build = await BicepCli.RunAsync(RepositoryFiles.Infra, new Dictionary<string, string> { [KeySecretVariable] = secret }, CancellationToken.None,
            "build-params", "main.bicepparam", "--stdout");

        Assert.NotEqual(0, build.ExitCode);
        Assert.Contains(BicepCli.Diagnostics(build), d => d.Contains("BCP333", StringComparison.Ordinal) && d.Contains("32", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Should_report_a_warning_when_a_file_breaks_a_lint_rule()
    {
        // Proves the checks above can fail: bicep prints lint warnings yet still exits 0.
        var folder = Directory.CreateTempSubdirectory("elcbot-bicep-");
        try
        {
            await File.WriteAllTextAsync(Path.Combine(folder.FullName, "unused.bicep"), "param neverUsed string\n", CancellationToken.None);

            var result = await BicepCli.RunAsync(folder.FullName, CancellationToken.None, "lint", "unused.bicep");

            Assert.Contains(BicepCli.Diagnostics(result), d => d.Contains("no-unused-params", StringComparison.Ordinal));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
