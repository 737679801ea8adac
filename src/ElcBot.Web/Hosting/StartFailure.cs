using System.Text.RegularExpressions;
using ElcBot.Storage.Embedded;
using Microsoft.AspNetCore.Connections;
using Microsoft.Extensions.Options;

namespace ElcBot.Web.Hosting;

/// <summary>
/// Builds and runs the host; a failure to start that the person running it can put right (the port taken by another
/// copy of the bot, the local emulator missing, a setting not set or not readable) becomes plain lines and exit code 1
/// instead of a crash and a stack trace.
/// </summary>
public static partial class StartFailure
{
    public const int ExitCode = 1;

    private const string SettingsProblem = "ElcBot could not start because of its settings (.env or the environment): ";

    /// <returns>0 when the host ran and stopped; <see cref="ExitCode"/> when it could not start for a reason explained.</returns>
    public static int Run(Func<WebApplication> build, TextWriter errors)
    {
        try
        {
            build().Run();
            return 0;
        }
        catch (Exception e) when (Explain(e) is { } lines)
        {
            // The host has already logged the failure with its details (when it got far enough); this is for a person.
            errors.WriteLine(lines);
            return ExitCode;
        }
    }

    /// <summary>What to tell the person, or null for a failure with no plain explanation (it keeps its stack trace).</summary>
    public static string? Explain(Exception failure) => failure switch
    {
        AggregateException all when all.InnerExceptions.Select(Explain).ToArray() is var lines && lines.All(line => line is not null) =>
            string.Join(Environment.NewLine, lines.Distinct()),
        IOException { InnerException: AddressInUseException } taken =>
            $"ElcBot could not start: {taken.Message.TrimEnd('.')}. Is ElcBot already running in another window? Stop it, or set Port in .env to a free port.",
        AzuriteStartException azurite => $"ElcBot could not start its local Table Storage emulator: {azurite.Message}",
        OptionsValidationException settings => SettingsProblem + string.Join(" ", settings.Failures),
        InvalidOperationException { Source: "Microsoft.Extensions.Configuration.Binder" } unreadable => SettingsProblem + Unreadable(unreadable.Message),
        _ => null,
    };

    /// <summary>The binder's "Failed to convert configuration value 'x' at 'A:B' to type 'System.Int32'" in plain words.</summary>
    private static string Unreadable(string message) => NotConverted().Match(message) is { Success: true } match
        ? $"'{match.Groups["value"].Value}' is not a valid {match.Groups["key"].Value.Replace(":", "__", StringComparison.Ordinal)}: it must be {Kind(match.Groups["type"].Value)}."
        : message;

    private static string Kind(string type) => type switch
    {
        "System.Int32" or "System.Int64" => "a whole number",
        "System.Double" or "System.Single" or "System.Decimal" => "a number",
        "System.Boolean" => "true or false",
        "System.TimeSpan" => "a length of time such as 00:10:00",
        "System.Uri" => "a web address such as https://example.org",
        _ => $"a {type}",
    };

    [GeneratedRegex("value '(?<value>.*)' at '(?<key>[^']+)' to type '(?<type>[^']+)'")]
    private static partial Regex NotConverted();
}
