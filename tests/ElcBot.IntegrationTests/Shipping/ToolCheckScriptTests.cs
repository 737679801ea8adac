namespace ElcBot.IntegrationTests.Shipping;

/// <summary>scripts/check-tools.sh, which run.sh and test.sh call first, on a machine missing what they need.</summary>
public sealed class ToolCheckScriptTests : IDisposable
{
    private readonly DirectoryInfo _bin = Directory.CreateTempSubdirectory("elcbot-path-");

    [Fact]
    public async Task Should_name_each_missing_tool_and_where_to_get_it_when_none_is_installed()
    {
        var result = await RunAsync();

        Assert.Equal(1, result.ExitCode);
        var lines = result.Errors.Trim().Split('\n');
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("The .NET 10 SDK is not installed (there is no 'dotnet' command).", lines[0]);
        Assert.StartsWith("Node.js is not installed (there is no 'node' command)", lines[1]);
        Assert.StartsWith("npm is not installed", lines[2]);
    }

    [Fact]
    public async Task Should_say_node_is_too_old_and_no_dotnet_10_sdk_is_there_when_older_ones_are_installed()
    {
        await FakeToolAsync("dotnet", "8.0.100 [/usr/share/dotnet/sdk]");
        await FakeToolAsync("node", "v18.19.0");
        await FakeToolAsync("npm", "10.2.3");

        var result = await RunAsync();

        Assert.Equal(1, result.ExitCode);
        var lines = result.Errors.Trim().Split('\n');
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("The .NET 10 SDK is not installed ('dotnet --list-sdks' lists none starting 10.).", lines[0]);
        Assert.StartsWith("Node.js v18.19.0 is too old; the local Table Storage emulator needs Node.js 20 or later.", lines[1]);
    }

    [Fact]
    public async Task Should_pass_in_silence_when_every_tool_is_new_enough()
    {
        await FakeToolAsync("dotnet", "10.0.401 [/usr/share/dotnet/sdk]");
        await FakeToolAsync("node", "v20.20.2");
        await FakeToolAsync("npm", "10.8.2");

        var result = await RunAsync();

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(string.Empty, result.Errors);
    }

    public void Dispose() => _bin.Delete(recursive: true);

    // A stand-in that prints one line whatever it is asked, so the script sees the version the test chooses.
    private async Task FakeToolAsync(string name, string line)
    {
        var path = Path.Combine(_bin.FullName, name);
        await File.WriteAllTextAsync(path, $"#!/bin/sh\necho '{line}'\n");
        if (OperatingSystem.IsWindows())
        {
            throw new PlatformNotSupportedException("The scripts run under bash on Linux or macOS.");
        }

        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }

    // Only the fakes are on PATH, so the machine's own dotnet and node stay out of it.
    private Task<ToolResult> RunAsync() =>
        ToolProcess.RunAsync(
            "/bin/bash",
            [RepositoryFiles.Path("scripts/check-tools.sh")],
            _bin.FullName,
            CancellationToken.None,
            new Dictionary<string, string> { ["PATH"] = _bin.FullName });
}
