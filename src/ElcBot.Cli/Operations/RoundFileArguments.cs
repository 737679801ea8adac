namespace ElcBot.Cli.Operations;

/// <summary>Options of `import` and `export`: a round and a file, both required; anything else is a mistake worth naming.</summary>
public sealed record RoundFileArguments(string Round, string File)
{
    /// <summary>Said after an unknown round: the ids are made by the bot, so the operator needs to be told where to find them.</summary>
    public const string RoundsHint = "'rounds' lists the ids there are.";

    public const string ImportUsage = "import --round ROUND --file FILE.csv   (columns: text, kind, role, consent; ROUND is an id that 'rounds' lists)";

    public const string ExportUsage = "export --round ROUND --file out.csv   (ROUND is an id that 'rounds' lists)";

    /// <returns>Null when the round or the file is not given, so the usage is shown.</returns>
    /// <exception cref="ArgumentException">An unknown option, or an option with no value; names it.</exception>
    public static RoundFileArguments? Parse(IReadOnlyList<string> args)
    {
        string? round = null, file = null;
        for (var i = 0; i < args.Count; i++)
        {
            string Next() => i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal)
                ? args[++i]
                : throw new ArgumentException($"{args[i]} needs a value.");
            _ = args[i] switch
            {
                "--round" => round = Next(),
                "--file" => file = Next(),
                _ => throw new ArgumentException($"Unknown option {args[i]}."),
            };
        }

        return round is null || file is null ? null : new RoundFileArguments(round, file);
    }
}
