using System.Reflection;

namespace ElcBot.IntegrationTests.Shipping;

/// <summary>The bicep CLI restored from NuGet (Azure.Bicep.CommandLine.linux-x64) by this test project.</summary>
public static class BicepCli
{
    public static string Path { get; } = Locate();

    public static Task<ToolResult> RunAsync(string workingDirectory, CancellationToken cancellationToken, params string[] arguments) =>
        ToolProcess.RunAsync(Path, arguments, workingDirectory, cancellationToken);

    /// <summary>As <see cref="RunAsync(string, CancellationToken, string[])"/>, with variables set for bicep alone.</summary>
    public static Task<ToolResult> RunAsync(string workingDirectory, IReadOnlyDictionary<string, string> environment, CancellationToken cancellationToken, params string[] arguments) =>
        ToolProcess.RunAsync(Path, arguments, workingDirectory, cancellationToken, environment);

    /// <summary>Diagnostics bicep printed, in its "file(line,col) : Warning rule: text" form.</summary>
    public static IReadOnlyList<string> Diagnostics(ToolResult result) =>
        result.Lines.Where(l => l.Contains(" : Warning ", StringComparison.Ordinal) || l.Contains(" : Error ", StringComparison.Ordinal)).ToArray();

    private static string Locate()
    {
        var path = typeof(BicepCli).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "BicepCli").Value
            ?? throw new InvalidOperationException("The test project does not say where the bicep CLI is.");
        if (!File.Exists(path))
        {
            throw new FileNotFoundException("The bicep CLI was not restored; run dotnet restore on the integration tests.", path);
        }

        // NuGet extracts files without their execute bit on some set-ups.
        if (!OperatingSystem.IsWindows() && !File.GetUnixFileMode(path).HasFlag(UnixFileMode.UserExecute))
        {
            File.SetUnixFileMode(path, File.GetUnixFileMode(path) | UnixFileMode.UserExecute);
        }

        return path;
    }
}
