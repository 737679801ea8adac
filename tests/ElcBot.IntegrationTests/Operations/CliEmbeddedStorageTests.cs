using ElcBot.IntegrationTests.Shipping;
using ElcBot.Storage.Embedded;

namespace ElcBot.IntegrationTests.Operations;

/// <summary>A verb run with no storage set, so the CLI starts the local emulator itself, as on a fresh machine.</summary>
public sealed class CliEmbeddedStorageTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("elcbot-cli-embedded-");

    [Fact]
    public async Task Should_say_it_is_opening_the_local_storage_before_the_wait_and_then_answer()
    {
        var port = AzuriteProcess.FreePort();

        // From an empty folder, so no developer's .env is read.
        var result = await ToolProcess.RunAsync(
            "dotnet",
            [Path.Combine(AppContext.BaseDirectory, "ElcBot.Cli.dll"), "rounds"],
            _folder.FullName,
            CancellationToken.None,
            new Dictionary<string, string>
            {
                ["Storage__Embedded__Port"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["Storage__Embedded__DataDirectory"] = Path.Combine(_folder.FullName, "data"),
                ["Storage__Embedded__StartTimeout"] = "00:02:00",
            });

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal($"Opening the local Table Storage (Azurite, port {port}); starting it can take up to 120 s ...", result.Errors.Trim());
        Assert.Contains("There are no rounds yet.", result.Output);
    }

    public void Dispose() => _folder.Delete(recursive: true);
}
