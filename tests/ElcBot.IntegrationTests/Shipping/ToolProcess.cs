using System.Diagnostics;

namespace ElcBot.IntegrationTests.Shipping;

/// <summary>What a command-line tool printed and how it ended.</summary>
public sealed record ToolResult(int ExitCode, string Output, string Errors)
{
    public IEnumerable<string> Lines => (Output + "\n" + Errors).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public override string ToString() => $"exit {ExitCode}\n{Output}\n{Errors}";
}

/// <summary>Runs a tool (bicep, node) to completion with a time limit, capturing both streams.</summary>
public static class ToolProcess
{
    /// <param name="environment">Variables to set (or, with an empty value, to blank) for the child process only.</param>
    /// <param name="timeLimit">How long it may run; two minutes unless given.</param>
    public static async Task<ToolResult> RunAsync(string fileName, IEnumerable<string> arguments, string workingDirectory, CancellationToken cancellationToken,
        IReadOnlyDictionary<string, string>? environment = null, TimeSpan? timeLimit = null)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {fileName}.");
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(timeLimit ?? TimeSpan.FromMinutes(2));
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var errors = process.StandardError.ReadToEndAsync(timeout.Token);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        return new ToolResult(process.ExitCode, await output, await errors);
    }
}
