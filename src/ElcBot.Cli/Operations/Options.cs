namespace ElcBot.Cli.Operations;

/// <summary>Reads "--name value" options, saying plainly which one is missing.</summary>
public static class Options
{
    public static string? Value(IReadOnlyList<string> args, string name)
    {
        for (var i = 0; i < args.Count - 1; i++)
        {
            if (string.Equals(args[i], name, StringComparison.Ordinal))
            {
                return args[i + 1];
            }
        }

        return null;
    }
}
