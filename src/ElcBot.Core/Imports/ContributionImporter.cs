using ElcBot.Core.Contributions;
using ElcBot.Core.Privacy;
using ElcBot.Core.Rounds;

namespace ElcBot.Core.Imports;

/// <summary>
/// Brings voices gathered outside Teams into a round with the same checks as the cards: length, role, consent and
/// masking of personal data. Importing the same file again stores nothing twice.
/// </summary>
public sealed class ContributionImporter(IRoundStore rounds, IContributionStore contributions, TimeProvider time)
{
    /// <param name="progress">Told the rows done of the rows to store, from 0 before the first to all after the last: storing a
    /// large file row by row takes minutes.</param>
    public async Task<ImportReport> ImportAsync(string roundId, string source, TextReader file, IProgress<(int Done, int Total)>? progress, CancellationToken cancellationToken)
    {
        if (await rounds.GetAsync(roundId, cancellationToken).ConfigureAwait(false) is null)
        {
            return new ImportReport(0, 0, [new ImportProblem(FileLines.One(0), $"There is no round with the id '{roundId}'.")], []);
        }

        var (rows, problems) = ImportFileReader.Read(file, ContributionService.MaxStoryLength);
        var allProblems = problems.ToList();
        var masked = new List<int>();
        int added = 0, repeated = 0, done = 0;
        foreach (var row in rows)
        {
            cancellationToken.ThrowIfCancellationRequested();
            progress?.Report((done++, rows.Count));
            if (row.Text.Length > ContributionService.MaxLength(row.Kind))
            {
                allProblems.Add(new ImportProblem(row.Lines, $"The text is longer than {ContributionService.MaxLength(row.Kind)} characters, the most an {row.Kind.ToString().ToLowerInvariant()} may have."));
                continue;
            }

            var mask = PersonalDataMasker.Mask(row.Text);
            if (mask.Changed)
            {
                masked.Add(row.Lines.First);
            }

            // The same row of the same file always gets the same id, so a second import finds it already there. Ids
            // have always been made from the row's last line; a row over several lines keeps the id it had before.
            var submission = $"{source}:{row.Lines.Last}:{Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(row.Text)))[..16]}";
            var id = ContributionService.IdFor(roundId, "import", submission);
            var contribution = new Contribution(roundId, id, row.Kind, mask.Text, row.Role, row.Consent, $"import:{id}", null, null, time.GetUtcNow(), submission, Imported: true);
            var (_, alreadyThere) = await contributions.AddAsync(contribution, cancellationToken).ConfigureAwait(false);
            if (alreadyThere)
            {
                repeated++;
            }
            else
            {
                added++;
            }
        }

        progress?.Report((done, rows.Count));
        return new ImportReport(added, repeated, allProblems.OrderBy(p => p.Lines.First).ToArray(), masked);
    }
}

/// <summary>What an import did: rows added, rows already there, rows refused (with why) and the first lines of rows where personal data was hidden.</summary>
public sealed record ImportReport(int Added, int AlreadyThere, IReadOnlyList<ImportProblem> Problems, IReadOnlyList<int> MaskedLines);
