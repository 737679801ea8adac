using ElcBot.Bot.Summaries;
using ElcBot.Cli.Files;
using ElcBot.Core.Summaries;

namespace ElcBot.Cli.Operations;

/// <summary>`export --round ROUND --file out.csv`: the round's contributions with their themes, as facilitators get it in Teams.</summary>
public sealed class ExportVerb : ICliVerb
{
    public string Name => "export";

    public string Summary => "Export a round's stories and ideas, with their themes, to a CSV file.";

    public string Usage => RoundFileArguments.ExportUsage;

    public async Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        if (Options.Parse(RoundFileArguments.Parse, args, "Usage: " + Usage) is not { } options)
        {
            return 2;
        }

        var (round, file) = options;
        if (OutputFile.Problem(file, "out.csv") is { } unwritable)
        {
            Console.Error.WriteLine(unwritable);
            return 2;
        }

        await using var services = await OperatorServices.StartAsync(cancellationToken).ConfigureAwait(false);
        var data = await services.Get<ISummarySource>().LoadAsync(round, cancellationToken).ConfigureAwait(false);
        if (data is null)
        {
            Console.Error.WriteLine($"There is no round with the id '{round}'. {RoundFileArguments.RoundsHint}");
            return 2;
        }

        var latest = (await services.Get<ISummaryStore>().ListAsync(round, 1, cancellationToken).ConfigureAwait(false)).FirstOrDefault();
        // The full path, so an operator who gave a relative one knows where to look; and a word when a file was replaced.
        var path = Path.GetFullPath(file);
        var replaced = File.Exists(path);
        await File.WriteAllBytesAsync(path, SpreadsheetWriter.ToFileBytes(SummarySheet.Build(data.Contributions, latest)), cancellationToken).ConfigureAwait(false);
        Console.WriteLine($"Wrote {data.Contributions.Count} stories and ideas to {path}{(latest is null ? " (no summary yet, so no themes)" : string.Empty)}.{(replaced ? " It replaced the file that was there." : string.Empty)}");
        return 0;
    }
}
