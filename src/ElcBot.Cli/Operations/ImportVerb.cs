using ElcBot.Core.Imports;

namespace ElcBot.Cli.Operations;

/// <summary>`import --round ROUND --file FILE.csv`: voices gathered outside Teams, with the same checks as the cards.</summary>
public sealed class ImportVerb : ICliVerb
{
    public string Name => "import";

    public string Summary => "Import stories and ideas from a CSV (columns text, kind, role, consent) into a round.";

    public async Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        var round = Options.Value(args, "--round");
        var file = Options.Value(args, "--file");
        if (round is null || file is null)
        {
            Console.Error.WriteLine("Usage: import --round ROUND --file FILE.csv   (columns: text, kind, role, consent)");
            return 2;
        }

        if (!File.Exists(file))
        {
            Console.Error.WriteLine($"There is no file at {file}.");
            return 2;
        }

        await using var services = await OperatorServices.StartAsync(cancellationToken).ConfigureAwait(false);
        using var reader = File.OpenText(file);
        var report = await services.Get<ContributionImporter>().ImportAsync(round, Path.GetFileName(file), reader, cancellationToken).ConfigureAwait(false);

        Console.WriteLine($"Imported {report.Added} new, {report.AlreadyThere} already there, {report.Problems.Count} line(s) not taken.");
        foreach (var problem in report.Problems)
        {
            Console.WriteLine(problem.Line > 0 ? $"  line {problem.Line}: {problem.Reason}" : $"  {problem.Reason}");
        }

        if (report.MaskedLines.Count > 0)
        {
            Console.WriteLine($"Personal data (NHS numbers, phone numbers, e-mail addresses or postcodes) was hidden on line(s) {string.Join(", ", report.MaskedLines)}.");
        }

        return report.Problems.Count == 0 ? 0 : 1;
    }
}
