using ElcBot.Cli.Operations;

namespace ElcBot.Cli.Bench;

/// <summary>Options of "bench summary".</summary>
public sealed record SummaryArguments(int Contributions, bool Json)
{
    public const string Usage = "bench summary [--contributions 10000] [--json]";

    /// <exception cref="ArgumentException">An unknown option, or a count that is not a positive whole number.</exception>
    public static SummaryArguments Parse(IReadOnlyList<string> args)
    {
        var result = new SummaryArguments(10_000, false);
        for (var i = 0; i < args.Count; i++)
        {
            result = args[i] switch
            {
                "--contributions" => result with { Contributions = Options.PositiveWholeNumber(args, ref i) },
                "--json" => result with { Json = true },
                _ => throw new ArgumentException($"Unknown option {args[i]}."),
            };
        }

        return result;
    }
}
