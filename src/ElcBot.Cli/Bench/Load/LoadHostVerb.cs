using ElcBot.Web;
using Microsoft.AspNetCore.Builder;

namespace ElcBot.Cli.Bench.Load;

/// <summary>`bench load-host elcbot|echo [settings]`: one host for `bench load`, in a process of its own so its CPU can be measured alone.</summary>
/// <remarks>Prints "listening URL" once started, and stops when its standard input closes (the benchmark has finished with it).</remarks>
public sealed class LoadHostVerb : ICliVerb
{
    public const string ListeningPrefix = "listening ";

    public string Name => "bench load-host";

    public string Summary => "Used by bench load: runs the bot (elcbot) or the baseline echo bot (echo) until stdin closes.";

    public string Usage => "bench load-host elcbot|echo [--Key=Value ...]";

    public async Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        if (args.Count == 0 || args[0] is not ("elcbot" or "echo"))
        {
            Console.Error.WriteLine($"Usage: {Usage}");
            return 2;
        }

        var settings = args.Skip(1).ToArray();
        await using var app = args[0] == "echo" ? EchoBotHost.Build(settings) : ElcBotHost.Build(settings);
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        Console.WriteLine(ListeningPrefix + app.Urls.First());
        try
        {
            await Console.In.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Ctrl+C reaches this process too: stop as when stdin closes.
        }

        await app.StopAsync(CancellationToken.None).ConfigureAwait(false);
        return 0;
    }
}
