using ElcBot.Cli.Files;
using ElcBot.Core.Imports;
using ElcBot.Core.Themes;

namespace ElcBot.Cli.Operations;

/// <summary>`import --round ROUND --file FILE.csv`: voices gathered outside Teams, with the same checks as the cards.</summary>
public sealed class ImportVerb : ICliVerb
{
    public string Name => "import";

    public string Summary => "Import stories and ideas from a CSV (columns text, kind, role, consent) into a round.";

    public string Usage => RoundFileArguments.ImportUsage;

    public async Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        if (Options.Parse(RoundFileArguments.Parse, args, "Usage: " + Usage) is not { } options)
        {
            return 2;
        }

        var (round, file) = options;
        if (InputFile.Problem(file) is { } unreadable)
        {
            Console.Error.WriteLine(unreadable);
            return 2;
        }

        await using var services = await OperatorServices.StartAsync(cancellationToken).ConfigureAwait(false);
        using var reader = File.OpenText(file);
        var storing = new ProgressLine<(int Done, int Total)>(StoringProgress.Line);
        ImportReport report;
        try
        {
            report = await services.Get<ContributionImporter>().ImportAsync(round, Path.GetFileName(file), reader, storing, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            // Ends the line even when storing fails, so the reason is not written onto the end of it.
            storing.End();
        }

        // The header is line 1, so a problem there (or with no line at all: the round) means nothing could be read.
        if (report.Problems.FirstOrDefault(p => p.Lines.First <= 1) is { } whole)
        {
            // Line 0 is the round itself.
            Console.Error.WriteLine($"Nothing was imported from {file}: {whole.Reason}{(whole.Lines.First == 0 ? " " + RoundFileArguments.RoundsHint : string.Empty)}");
            return 2;
        }

        Console.WriteLine($"Imported {report.Added:N0} new, {report.AlreadyThere:N0} already there, {report.Problems.Count:N0} line(s) not taken.");
        foreach (var line in ImportReportLines.Problems(report.Problems))
        {
            Console.WriteLine(line);
        }

        if (ImportReportLines.Masked(report.MaskedLines) is { } masked)
        {
            Console.WriteLine(masked);
        }

        if (report.Added > 0)
        {
            await MakeVectorsAsync(services.Get<MissingVectors>(), round, cancellationToken).ConfigureAwait(false);
        }

        return report.Problems.Count == 0 ? 0 : 1;
    }

    /// <summary>Embeds what was imported now, so the round's next summary does not have to while someone waits.</summary>
    private static async Task MakeVectorsAsync(MissingVectors missing, string round, CancellationToken cancellationToken)
    {
        var started = DateTime.UtcNow;
        var progress = new ProgressLine<(int Done, int Total)>(p => p.Total > 0
            ? $"Preparing {p.Done:N0} of {p.Total:N0} for finding themes ({p.Done / Math.Max(0.001, (DateTime.UtcNow - started).TotalSeconds):N0} a second)"
            : null);
        try
        {
            var made = await missing.FillAsync(round, progress, cancellationToken).ConfigureAwait(false);
            progress.End();
            if (made == 0)
            {
                return;
            }

            Console.WriteLine($"Prepared {made:N0} for finding themes in {(DateTime.UtcNow - started).TotalSeconds:N1} s.");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The import itself is kept; the service's next summary embeds whatever is still missing.
            progress.End();
            Console.Error.WriteLine($"The import is saved, but preparing it for finding themes stopped ({ex.GetType().Name}). The next summary will do it instead.");
        }
    }
}
