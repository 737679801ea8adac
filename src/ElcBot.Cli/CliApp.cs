namespace ElcBot.Cli;

/// <summary>Finds the verb the operator asked for and runs it.</summary>
public static class CliApp
{
    public static async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        var verbs = Discover();
        if (args.Length == 0)
        {
            Console.Error.WriteLine(Usage(verbs));
            return 2;
        }

        if (args[0] is "help" or "--help" or "-h")
        {
            // "help import" is "import --help".
            return args.Length > 1 && Find(verbs, args[1..]) is { } asked ? Help(asked.Verb) : Help(verbs);
        }

        if (Find(verbs, args) is { } found)
        {
            return found.Options.Any(a => a is "--help" or "-h")
                ? Help(found.Verb)
                : await found.Verb.RunAsync(found.Options, cancellationToken).ConfigureAwait(false);
        }

        // "bench" alone names a family of verbs: say which ones there are.
        var family = verbs.Where(v => v.Name.StartsWith(args[0] + " ", StringComparison.OrdinalIgnoreCase)).Select(v => v.Name).ToArray();
        Console.Error.WriteLine(family.Length > 0
            ? $"Unknown command '{string.Join(' ', args)}'. Commands that start with '{args[0]}': {string.Join(", ", family)}."
            : $"Unknown command '{string.Join(' ', args)}'.");
        Console.Error.WriteLine(Usage(verbs));
        return 2;
    }

    /// <summary>The verb the arguments name, longest match first so "bench themes" wins over a verb called "bench".</summary>
    private static (ICliVerb Verb, string[] Options)? Find(IReadOnlyList<ICliVerb> verbs, string[] args)
    {
        foreach (var verb in verbs.OrderByDescending(v => v.Name.Length))
        {
            var words = verb.Name.Split(' ');
            if (args.Length >= words.Length && words.SequenceEqual(args.Take(words.Length), StringComparer.OrdinalIgnoreCase))
            {
                return (verb, args[words.Length..]);
            }
        }

        return null;
    }

    private static int Help(ICliVerb verb)
    {
        Console.WriteLine($"{verb.Summary}\n\nUsage: {verb.Usage}");
        return 0;
    }

    private static int Help(IReadOnlyList<ICliVerb> verbs)
    {
        Console.WriteLine(Usage(verbs));
        return 0;
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
            "Verbs:\n  help [verb]      Show this text, or how to use one verb (as does <verb> --help).\n" + string.Join('\n', lines);
    }
}
