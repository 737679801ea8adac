using System.Globalization;

namespace ElcBot.Cli.Operations;

/// <summary>Reads a verb's options, saying plainly which one is wrong.</summary>
public static class Options
{
    /// <summary>A verb's options; on a problem, it and the verb's usage go to standard error and the result is null.</summary>
    /// <param name="parse">Throws <see cref="ArgumentException"/> or <see cref="FormatException"/> on a bad option; null means the usage is needed.</param>
    public static T? Parse<T>(Func<IReadOnlyList<string>, T?> parse, IReadOnlyList<string> args, string usage)
        where T : class
    {
        try
        {
            if (parse(args) is { } options)
            {
                return options;
            }
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException)
        {
            Console.Error.WriteLine(ex.Message);
        }

        Console.Error.WriteLine(usage);
        return null;
    }

    /// <summary>The positive whole number after the option at <paramref name="i"/>, which is moved past it.</summary>
    /// <exception cref="ArgumentException">There is no value, or it is not a positive whole number; names the option.</exception>
    public static int PositiveWholeNumber(IReadOnlyList<string> args, ref int i)
    {
        if (i + 1 < args.Count && int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0)
        {
            i++;
            return n;
        }

        throw new ArgumentException($"{args[i]} needs a positive whole number.");
    }
}
