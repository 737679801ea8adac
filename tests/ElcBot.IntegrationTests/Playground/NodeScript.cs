using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;

namespace ElcBot.IntegrationTests.Playground;

/// <summary>The outcome of a node script: its exit code and everything it printed.</summary>
public sealed record NodeScriptResult(int ExitCode, string Output);

/// <summary>
/// Runs a node script from tests/browser. A script may ask the test for something by printing
/// "@@ask {id, name, args}"; the answer goes back as one JSON line on its standard input.
/// </summary>
public static class NodeScript
{
    public delegate Task<JsonNode?> AskHandler(string name, JsonObject args, CancellationToken cancellationToken);

    public static string Folder => Path.Combine(
        ElcBot.Storage.Embedded.RepositoryRoot.Find() ?? throw new InvalidOperationException("Run the tests from inside the repository."),
        "tests", "browser");

    /// <param name="arguments">The script, relative to tests/browser, and what it is given.</param>
    /// <param name="environment">Variables for the script.</param>
    /// <param name="onAsk">Answers the script's questions; null when it asks none.</param>
    /// <param name="timeout">How long the script may run before it is stopped and the run fails.</param>
    /// <param name="cancellationToken">Stops the script.</param>
    public static async Task<NodeScriptResult> RunAsync(
        IReadOnlyList<string> arguments, IReadOnlyDictionary<string, string> environment, AskHandler? onAsk, TimeSpan timeout, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(Path.Combine(Folder, "node_modules")))
        {
            return new NodeScriptResult(-1, "tests/browser/node_modules is missing: run bash scripts/install-test-tools.sh first.");
        }

        var start = new ProcessStartInfo("node", arguments)
        {
            WorkingDirectory = Folder,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start node.");
        using var timer = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timer.CancelAfter(timeout);
        var output = new StringBuilder();
        var errors = process.StandardError.ReadToEndAsync(timer.Token);
        try
        {
            while (await process.StandardOutput.ReadLineAsync(timer.Token) is { } line)
            {
                if (line.StartsWith("@@ask ", StringComparison.Ordinal))
                {
                    var answer = await AnswerAsync(JsonNode.Parse(line["@@ask ".Length..])!.AsObject(), onAsk, timer.Token);
                    await process.StandardInput.WriteLineAsync(answer.ToJsonString().AsMemory(), timer.Token);
                    await process.StandardInput.FlushAsync(timer.Token);
                    continue;
                }

                output.AppendLine(line);
            }

            await process.WaitForExitAsync(timer.Token);
            output.Append(await errors);
            return new NodeScriptResult(process.ExitCode, output.ToString());
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            process.Kill(entireProcessTree: true);
            return new NodeScriptResult(-1, $"{output}\nThe script did not finish within {timeout.TotalSeconds:0} seconds.");
        }
    }

    private static async Task<JsonObject> AnswerAsync(JsonObject request, AskHandler? onAsk, CancellationToken cancellationToken)
    {
        var id = request["id"]?.DeepClone();
        try
        {
            if (onAsk is null)
            {
                throw new InvalidOperationException("This script's test does not answer questions.");
            }

            var result = await onAsk((string)request["name"]!, request["args"]?.AsObject() ?? [], cancellationToken);
            return new JsonObject { ["id"] = id, ["ok"] = true, ["result"] = result };
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return new JsonObject { ["id"] = id, ["ok"] = false, ["error"] = ex.Message };
        }
    }
}
