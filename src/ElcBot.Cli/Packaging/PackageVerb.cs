using ElcBot.Cli.Files;
using ElcBot.Storage.Embedded;
using ElcBot.Web.Hosting;
using Microsoft.Extensions.Configuration;

namespace ElcBot.Cli.Packaging;

/// <summary>`package`: builds the Teams app package zip from .env (or environment) settings, for upload to Teams.</summary>
public sealed class PackageVerb : ICliVerb
{
    public string Name => "package";

    public string Summary => "Build the Teams app package (artifacts/teams/*.zip). Option: --out <file.zip>.";

    public string Usage => "package [--out <file.zip>]";

    public async Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        var root = RepositoryRoot.Find();
        if (root is null)
        {
            Console.Error.WriteLine("Run this from inside the ElcBot repository: it reads manifest/ and writes artifacts/.");
            return 2;
        }

        if (args.Count != 0 && !(args.Count == 2 && args[0] == "--out"))
        {
            Console.Error.WriteLine($"Usage: {Usage}");
            return 2;
        }

        // Same rule as the web host: variables already in the environment win over .env.
        DotEnvFile.LoadIfPresentOrThrow();
        var settings = TeamsAppSettings.From(new ConfigurationBuilder().AddEnvironmentVariables().Build());
        var problems = settings.Problems();
        if (problems.Count > 0)
        {
            Console.Error.WriteLine("Cannot build the Teams app package:");
            foreach (var problem in problems)
            {
                Console.Error.WriteLine($"  - {problem}");
            }

            Console.Error.WriteLine("Set these in .env (see the '# --- Teams app package' part of .env.example).");
            return 1;
        }

        var output = OutputPath(args, root, settings.Version);
        if (args.Count == 2 && OutputFile.Problem(output, $"elcbot-teams-{settings.Version}.zip", makesFolder: true) is { } unwritable)
        {
            Console.Error.WriteLine(unwritable);
            return 2;
        }

        var commands = BotCommandCatalogue.Load();
        await TeamsAppPackage.WriteAsync(Path.Combine(root, "manifest"), output, settings, commands, cancellationToken).ConfigureAwait(false);

        Console.WriteLine($"Teams app package written to {output}");
        foreach (var scope in CommandLists.Scopes)
        {
            var leftOut = CommandLists.LeftOut(scope, commands);
            if (leftOut.Count > 0)
            {
                Console.WriteLine($"Not in the {scope} command menu (Teams shows {CommandLists.MaxPerScope}; they still work when typed): {string.Join(", ", leftOut.Select(c => c.Name))}");
            }
        }

        return 0;
    }

    private static string OutputPath(IReadOnlyList<string> args, string root, string version) =>
        args.Count == 2 ? Path.GetFullPath(args[1]) : Path.Combine(root, "artifacts", "teams", $"elcbot-teams-{version}.zip");
}
