namespace ElcBot.Cli;

/// <summary>Dispatches the operator verbs (benchmarks, import, export, packaging).</summary>
public static class CliApp
{
    public static async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        await Task.Yield();
        cancellationToken.ThrowIfCancellationRequested();
        if (args.Length == 0 || args[0] is "help" or "--help" or "-h")
        {
            Console.WriteLine(Usage);
            return args.Length == 0 ? 1 : 0;
        }

        Console.Error.WriteLine($"Unknown command '{args[0]}'.");
        Console.Error.WriteLine(Usage);
        return 2;
    }

    private const string Usage = """
        ElcBot operator tasks.

        Usage: dotnet run --project src/ElcBot.Cli -c Release -- <verb> [options]

        Verbs:
          help    Show this text.
        """;
}
