namespace ElcBot.Cli.Bench;

/// <summary>Options of "bench themes".</summary>
public sealed record BenchArguments(string? Data, string TextColumn, string LabelColumn, string? LabelFile, bool Json, bool Scale, int Seed)
{
    public const string Usage =
        "bench themes --data FILE [--text-column NAME] [--label-column NAME] [--label-file FILE] [--seed N] [--json]\n" +
        "bench themes --scale\n" +
        "FILE is CSV or TSV (by extension) with a header row, or a .txt of one text a line with --label-file of one label a line.";

    public static BenchArguments? Parse(IReadOnlyList<string> args)
    {
        var result = new BenchArguments(null, "text", "label", null, false, false, 42);
        for (var i = 0; i < args.Count; i++)
        {
            string Next() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            result = args[i] switch
            {
                "--data" => result with { Data = Next() },
                "--text-column" => result with { TextColumn = Next() },
                "--label-column" => result with { LabelColumn = Next() },
                "--label-file" => result with { LabelFile = Next() },
                "--seed" => result with { Seed = int.TryParse(Next(), System.Globalization.CultureInfo.InvariantCulture, out var seed) ? seed : throw new ArgumentException("--seed needs a whole number.") },
                "--json" => result with { Json = true },
                "--scale" => result with { Scale = true },
                _ => throw new ArgumentException($"Unknown option {args[i]}."),
            };
        }

        return result.Scale || result.Data is not null ? result : null;
    }
}
