using ElcBot.Cli.Operations;

namespace ElcBot.Cli.Bench.Load;

/// <summary>Options of "bench load".</summary>
public sealed record LoadArguments(int People, int Seconds, bool Json)
{
    public const string Usage = "bench load [--people 50] [--seconds 60] [--json]";

    /// <exception cref="ArgumentException">An unknown option, or a count that is not a positive whole number.</exception>
    public static LoadArguments Parse(IReadOnlyList<string> args)
    {
        var result = new LoadArguments(50, 60, false);
        for (var i = 0; i < args.Count; i++)
        {
            result = args[i] switch
            {
                "--people" => result with { People = Options.PositiveWholeNumber(args, ref i) },
                "--seconds" => result with { Seconds = Options.PositiveWholeNumber(args, ref i) },
                "--json" => result with { Json = true },
                _ => throw new ArgumentException($"Unknown option {args[i]}."),
            };
        }

        return result;
    }
}
