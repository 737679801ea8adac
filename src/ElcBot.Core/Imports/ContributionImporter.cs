using ElcBot.Core.Contributions;
using ElcBot.Core.Privacy;
using ElcBot.Core.Rounds;

namespace ElcBot.Core.Imports;

/// <summary>
/// Brings voices gathered outside Teams into a round with the same checks as the cards: length, role, consent and
/// masking of personal data. Importing the same file again, even sorted or with rows added, stores nothing twice
/// (<see cref="ImportedRowIds"/>).
/// </summary>
public sealed class ContributionImporter(IRoundStore rounds, IContributionStore contributions, TimeProvider time)
{
    /// <param name="progress">Told the rows done of the rows to store, from 0 before the first to all after the last: a
    /// large file takes a while to store.</param>
    public async Task<ImportReport> ImportAsync(string roundId, string source, TextReader file, IProgress<(int Done, int Total)>? progress, CancellationToken cancellationToken)
    {
        if (await rounds.GetAsync(roundId, cancellationToken).ConfigureAwait(false) is null)
        {
            return new ImportReport(0, 0, [new ImportProblem(FileLines.One(0), $"There is no round with the id '{roundId}'.")], []);
        }

        var (rows, problems) = ImportFileReader.Read(file, ContributionService.MaxStoryLength);
        var allProblems = problems.ToList();
        var masked = new List<int>();
        var ready = new List<Contribution>(rows.Count);
        var keptBefore = 0;
        var shown = new RowsDone(progress, rows.Count);
        shown.Report(0);
        var ids = ImportedRowIds.From(roundId, source, await contributions.ListWithoutVectorsAsync(roundId, null, cancellationToken).ConfigureAwait(false));
        foreach (var row in rows)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (row.Text.Length > ContributionService.MaxLength(row.Kind))
            {
                allProblems.Add(new ImportProblem(row.Lines, $"The text is longer than {ContributionService.MaxLength(row.Kind)} characters, the most an {row.Kind.ToString().ToLowerInvariant()} may have."));
                continue;
            }

            if (ids.Next(row.Text) is not { } next)
            {
                keptBefore++;
                continue;
            }

            var (id, submission) = next;
            var mask = PersonalDataMasker.Mask(row.Text);
            if (mask.Changed)
            {
                masked.Add(row.Lines.First);
            }

            ready.Add(new Contribution(roundId, id, row.Kind, mask.Text, row.Role, row.Consent, $"import:{id}", null, null, time.GetUtcNow(), submission, Imported: true));
        }

        // Refused rows and rows kept before are done already. Another import of the same file at the same time makes
        // the same ids, so the store finds those rows there too.
        var repeated = (await contributions.AddImportedAsync(roundId, ready, shown.After(rows.Count - ready.Count), cancellationToken).ConfigureAwait(false)).Count;
        shown.Report(rows.Count);
        return new ImportReport(ready.Count - repeated, keptBefore + repeated, allProblems.OrderBy(p => p.Lines.First).ToArray(), masked);
    }
}

/// <summary>Passes rows done on to the caller's progress as they come (not posted to the thread pool), each count once.</summary>
internal sealed class RowsDone(IProgress<(int Done, int Total)>? progress, int total) : IProgress<int>
{
    private int _last = -1;

    public void Report(int value)
    {
        if (value != _last)
        {
            _last = value;
            progress?.Report((value, total));
        }
    }

    /// <summary>The same progress for a step that counts from zero after <paramref name="before"/> rows already done.</summary>
    public IProgress<int> After(int before) => new Shifted(this, before);

    private sealed class Shifted(RowsDone to, int before) : IProgress<int>
    {
        public void Report(int value) => to.Report(before + value);
    }
}

/// <summary>What an import did: rows added, rows already there, rows refused (with why) and the first lines of rows where personal data was hidden.</summary>
public sealed record ImportReport(int Added, int AlreadyThere, IReadOnlyList<ImportProblem> Problems, IReadOnlyList<int> MaskedLines);
