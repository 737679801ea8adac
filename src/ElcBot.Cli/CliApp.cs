namespace ElcBot.Cli;

/// <summary>Finds the verb the operator asked for and runs it.</summary>
public static class CliApp
{
    public static async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        var verbs = Discover();
        if (args.Length == 0 || args[0] is "help" or "--help" or "-h")
        {
            Console.WriteLine(Usage(verbs));
            return args.Length == 0 ? 1 : 0;
        }

        // Longest match first, so "bench themes" wins over a verb called "bench".
        foreach (var verb in verbs.OrderByDescending(v => v.Name.Length))
        {
            var words = verb.Name.Split(' ');
            if (args.Length >= words.Length && words.SequenceEqual(args.Take(words.Length), StringComparer.OrdinalIgnoreCase))
            {
                return await verb.RunAsync(args.Skip(words.Length).ToArray(), cancellationToken).ConfigureAwait(false);
            }
        }

        // "bench" alone names a family of verbs: say which ones there are.
        var family = verbs.Where(v => v.Name.StartsWith(args[0] + " ", StringComparison.OrdinalIgnoreCase)).Select(v => v.Name).ToArray();
        Console.Error.WriteLine(family.Length > 0
            ? $"Unknown command '{string.Join(' ', args)}'. Commands that start with '{args[0]}': {string.Join(", ", family)}."
            : $"Unknown command '{string.Join(' ', args)}'.");
        Console.Error.WriteLine(Usage(verbs));
        return 2;
    }

    private static IReadOnlyList<ICliVerb> Discover() =>
        typeof(CliApp).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(ICliVerb).IsAssignableFrom(t) && t.GetConstructor(Type.EmptyTypes) is not null)
            .Select(t => (ICliVerb)Activator.CreateInstance(t)!)
            .OrderBy(v => v.Name, StringComparer.Ordinal)
            .ToArray();

    private static string Usage(IReadOnlyList<ICliVerb> verbs)
    {
        var lines = verbs.Select(v => $"  {v.Name,-16} {v.Summary}");
        return "ElcBot operator tasks.\n\n" +
            "Usage: dotnet run --project src/ElcBot.Cli -c Release -- <verb> [options]\n\n" +
            "Verbs:\n  help             Show this text.\n" + string.Join('\n', lines);
    }
}
