using Azure;
using ElcBot.Web.Hosting;

namespace ElcBot.Cli;

/// <summary>Turns a failure into one plain line for the operator, so no verb ever ends in a stack trace.</summary>
public static class CliFailure
{
    public const int ExitCode = 1;

    private const string StorageSettings = "Storage__ConnectionString or Storage__TableServiceUri (in .env or the environment)";

    /// <summary>Writes the line for <paramref name="failure"/>; a failure nobody planned for also gets its details kept in a file.</summary>
    /// <returns>The exit code.</returns>
    public static int Report(Exception failure, TextWriter errors)
    {
        ArgumentNullException.ThrowIfNull(failure);
        ArgumentNullException.ThrowIfNull(errors);
        if (Explain(failure) is { } line)
        {
            errors.WriteLine($"That did not work: {line}");
            return ExitCode;
        }

        // A fault in ElcBot itself: the operator gets one line, and whoever fixes it gets the whole story.
        var details = Path.Combine(Path.GetTempPath(), $"elcbot-cli-{DateTime.UtcNow:yyyyMMdd-HHmmss}-{Environment.ProcessId}.txt");
        File.WriteAllText(details, failure.ToString());
        errors.WriteLine($"That did not work, and ElcBot did not expect it ({failure.GetType().Name}: {failure.Message.ReplaceLineEndings(" ")}). The details are in {details}.");
        return ExitCode;
    }

    /// <summary>The plain reason for a failure the operator can put right, or null for one ElcBot did not expect.</summary>
    public static string? Explain(Exception failure) => failure switch
    {
        AggregateException all when all.InnerExceptions.Count > 0 && all.InnerExceptions.Select(Explain).ToArray() is var lines && lines.All(l => l is not null) =>
            string.Join(" ", lines.Distinct()),
        RequestFailedException { Status: 0 } unreachable =>
            $"Table Storage did not answer ({unreachable.Message.ReplaceLineEndings(" ").TrimEnd('.')}). Check that it is running and that {StorageSettings} names it.",
        RequestFailedException { Status: 401 or 403 } refused =>
            $"Table Storage refused ElcBot (status {refused.Status}, {refused.ErrorCode ?? "no reason given"}). Check the account key in {StorageSettings}, or that the identity may use its tables.",
        RequestFailedException other =>
            $"Table Storage answered with an error (status {other.Status}, {other.ErrorCode ?? "no reason given"}). Check {StorageSettings}.",
        _ when StartFailure.Explain(failure) is { } setting => setting,
        InvalidOperationException or IOException or InvalidDataException or UnauthorizedAccessException or TimeoutException => failure.Message,
        _ => null,
    };
}
