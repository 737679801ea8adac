using ElcBot.IntegrationTests.Shipping;
using ElcBot.Storage.Embedded;

namespace ElcBot.IntegrationTests.Operations;

/// <summary>Verbs that need Table Storage, run when it cannot be used: one plain line and exit code 1, never a stack trace.</summary>
public sealed class CliStorageFailureTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("elcbot-cli-storage-");

    [Theory]
    [InlineData("export")]
    [InlineData("import")]
    public async Task Should_say_storage_did_not_answer_when_nothing_listens_where_the_settings_point(string verb)
    {
        var sheet = Path.Combine(_folder.FullName, "voices.csv");
        await File.WriteAllTextAsync(sheet, "text,kind,role,consent\nA drop-in clinic on Saturdays,idea,carer,may quote\n");

        var result = await RunAsync(AzuriteConnection.ForPort(AzuriteProcess.FreePort()), verb, "--round", "round-1", "--file", sheet);

        Assert.Equal(1, result.ExitCode);
        var line = Assert.Single(result.Errors.Trim().Split('\n'));
        Assert.StartsWith("That did not work: Table Storage did not answer (", line);
        Assert.EndsWith("Check that it is running and that Storage__ConnectionString or Storage__TableServiceUri (in .env or the environment) names it.", line);
    }

    [Fact]
    public async Task Should_name_the_setting_when_the_connection_string_is_not_one()
    {
        var result = await RunAsync("not a connection string", "export", "--round", "round-1", "--file", Path.Combine(_folder.FullName, "out.csv"));

        Assert.Equal(1, result.ExitCode);
        var line = Assert.Single(result.Errors.Trim().Split('\n'));
        Assert.StartsWith("That did not work: ElcBot could not start because of its settings (.env or the environment): Storage__ConnectionString is not a Table Storage connection string.", line);
    }

    [Fact]
    public async Task Should_keep_the_details_in_a_file_and_show_one_line_when_the_failure_was_not_expected()
    {
        using var errors = new StringWriter();

        var code = ElcBot.Cli.CliFailure.Report(new NullReferenceException("Object reference not set."), errors);

        Assert.Equal(1, code);
        var line = Assert.Single(errors.ToString().Trim().Split('\n'));
        Assert.StartsWith("That did not work, and ElcBot did not expect it (NullReferenceException: Object reference not set.). The details are in ", line);
        var details = line["That did not work, and ElcBot did not expect it (NullReferenceException: Object reference not set.). The details are in ".Length..^1];
        Assert.Contains("System.NullReferenceException", await File.ReadAllTextAsync(details));
        File.Delete(details);
    }

    public void Dispose() => _folder.Delete(recursive: true);

    // From an empty folder, so no developer's .env is read.
    private Task<ToolResult> RunAsync(string connectionString, params string[] arguments) =>
        ToolProcess.RunAsync(
            "dotnet",
            [Path.Combine(AppContext.BaseDirectory, "ElcBot.Cli.dll"), .. arguments],
            _folder.FullName,
            CancellationToken.None,
            new Dictionary<string, string> { ["Storage__ConnectionString"] = connectionString, ["Privacy__ContributorKeySecret"] = "integration-test-secret" });
}
