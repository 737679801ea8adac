using ElcBot.Storage.Embedded;
using Microsoft.AspNetCore.Connections;
using Microsoft.Extensions.Options;

namespace ElcBot.Web.Hosting;

/// <summary>
/// Runs the host; a failure to start that the person running it can put right (the port taken by another copy of the
/// bot, the local emulator missing, a required setting not set) becomes one plain line and exit code 1 instead of a crash and a stack trace.
/// </summary>
public static class StartFailure
{
    public const int ExitCode = 1;

    /// <returns>0 when the host ran and stopped; <see cref="ExitCode"/> when it could not start for a reason explained.</returns>
    public static int Run(WebApplication app, TextWriter errors)
    {
        try
        {
            app.Run();
            return 0;
        }
        catch (Exception e) when (Explain(e) is { } line)
        {
            // The host has already logged the failure with its details; this is the line a person reads.
            errors.WriteLine(line);
            return ExitCode;
        }
    }

    /// <summary>What to tell the person, or null for a failure with no plain explanation (it keeps its stack trace).</summary>
    public static string? Explain(Exception failure) => failure switch
    {
        AggregateException all => all.InnerExceptions.Select(Explain).FirstOrDefault(line => line is not null),
        IOException { InnerException: AddressInUseException } taken =>
            $"ElcBot could not start: {taken.Message.TrimEnd('.')}. Is ElcBot already running in another window? Stop it, or set Port in .env to a free port.",
        AzuriteStartException azurite => $"ElcBot could not start its local Table Storage emulator: {azurite.Message}",
        OptionsValidationException settings => $"ElcBot could not start because of its settings (.env or the environment): {string.Join(" ", settings.Failures)}",
        _ => null,
    };
}
