using System.Net;
using Azure;
using Azure.Data.Tables;
using ElcBot.Core.Contributions;

namespace ElcBot.Storage.Tables;

/// <summary>Stories and ideas in Table Storage: partition per round, row per contribution (its id comes from the submission).</summary>
public sealed class TableContributionStore(ElcTables tables, ContributorIndex index) : IContributionStore
{
    // The embedding's column. Vectors pooled with equal token weights (before 27 Nov 2026) sit in "Vector" and are left
    // unread, so those contributions count as having none: they are embedded again, pooled the way the engine now
    // clusters (the start-up backfill queues open rounds' ones; a summary embeds any still missing).
    private const string VectorProperty = "WeightedVector";

    private static readonly string[] AllButVector =
        ["RoundId", "Id", "Kind", "Text", "Role", "Consent", "ContributorKey", "CreditName", "BuildsOnId", "CreatedAt", "SubmissionId", "Imported"];

    private TableClient Table => tables.Get(TableNames.Contributions);

    public async Task<(Contribution Stored, bool AlreadyThere)> AddAsync(Contribution contribution, CancellationToken cancellationToken)
    {
        await index.AddAsync(contribution.ContributorKey, ContributorIndex.ContributionPrefix, contribution.RoundId, contribution.Id, contribution.CreatedAt, cancellationToken).ConfigureAwait(false);
        if (await TryAddAsync(contribution, cancellationToken).ConfigureAwait(false))
        {
            return (contribution, false);
        }

        var existing = await GetAsync(contribution.RoundId, contribution.Id, cancellationToken).ConfigureAwait(false);
        return (existing ?? contribution, true);
    }

    /// <remarks>
    /// Rows already there are found first by one read of the round's row keys: a transaction holding one of them would
    /// fail whole. A batch that fails all the same (another import of the file at the same time) is stored row by row.
    /// </remarks>
    public async Task<IReadOnlySet<string>> AddImportedAsync(string roundId, IReadOnlyList<Contribution> rows, IProgress<int>? stored, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rows);
        if (rows.Any(r => r.RoundId != roundId))
        {
            throw new ArgumentException($"Every row must belong to round {roundId}.", nameof(rows));
        }

        var partition = TableKeys.Sanitise(roundId);
        var there = (await Table.ListAsync(TableClient.CreateQueryFilter($"PartitionKey eq {partition}"), e => e.RowKey, cancellationToken, ["RowKey"]).ConfigureAwait(false))
            .ToHashSet(StringComparer.Ordinal);
        var already = rows.Where(r => there.Contains(TableKeys.Sanitise(r.Id))).Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        var done = already.Count;
        stored?.Report(done);
        // At most 100 actions to a transaction, all in one partition.
        foreach (var batch in rows.Where(r => !already.Contains(r.Id)).DistinctBy(r => r.Id).Chunk(100))
        {
            try
            {
                await Table.SubmitTransactionAsync(batch.Select(r => new TableTransactionAction(TableTransactionActionType.Add, ToEntity(r))), cancellationToken).ConfigureAwait(false);
            }
            catch (TableTransactionFailedException)
            {
                foreach (var row in batch)
                {
                    if (!await TryAddAsync(row, cancellationToken).ConfigureAwait(false))
                    {
                        already.Add(row.Id);
                    }
                }
            }

            done += batch.Length;
            stored?.Report(done);
        }

        return already;
    }

    /// <summary>A conditional insert: the same submission delivered twice finds its row already there.</summary>
    private async Task<bool> TryAddAsync(Contribution contribution, CancellationToken cancellationToken)
    {
        try
        {
            await Table.AddEntityAsync(ToEntity(contribution), cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status == (int)HttpStatusCode.Conflict)
        {
            return false;
        }
    }

    public async Task<Contribution?> GetAsync(string roundId, string contributionId, CancellationToken cancellationToken)
    {
        var response = await Table.GetEntityIfExistsAsync<TableEntity>(TableKeys.Sanitise(roundId), TableKeys.Sanitise(contributionId), cancellationToken: cancellationToken).ConfigureAwait(false);
        return response.HasValue && response.Value is { } entity ? FromEntity(entity) : null;
    }

    public Task<IReadOnlyList<Contribution>> ListAsync(string roundId, ContributionKind? kind, CancellationToken cancellationToken) =>
        ListAsync(roundId, kind, select: null, cancellationToken);

    // A vector is most of a row's size; a page of ideas only shows words.
    public Task<IReadOnlyList<Contribution>> ListWithoutVectorsAsync(string roundId, ContributionKind? kind, CancellationToken cancellationToken) =>
        ListAsync(roundId, kind, AllButVector, cancellationToken);

    public async Task<Contribution?> FindLatestByContributorAsync(string contributorKey, string roundId, CancellationToken cancellationToken)
    {
        var rows = await index.ListInRoundAsync(contributorKey, ContributorIndex.ContributionPrefix, roundId, cancellationToken).ConfigureAwait(false);
        Contribution? latest = null;
        // Rows without a time come first and are all read; after them, newest first, the first item still there is the one.
        foreach (var (id, createdAt) in rows.OrderByDescending(r => r.CreatedAt ?? DateTimeOffset.MaxValue))
        {
            if (latest is not null && createdAt is { } known && known <= latest.CreatedAt)
            {
                break;
            }

            if (await GetAsync(roundId, id, cancellationToken).ConfigureAwait(false) is { } found && found.ContributorKey == contributorKey && (latest is null || found.CreatedAt > latest.CreatedAt))
            {
                latest = found;
            }
        }

        return latest;
    }

    private async Task<IReadOnlyList<Contribution>> ListAsync(string roundId, ContributionKind? kind, IEnumerable<string>? select, CancellationToken cancellationToken)
    {
        var partition = TableKeys.Sanitise(roundId);
        var filter = kind is { } k
            ? TableClient.CreateQueryFilter($"PartitionKey eq {partition} and Kind eq {k.ToString()}")
            : TableClient.CreateQueryFilter($"PartitionKey eq {partition}");
        var found = await Table.ListAsync(filter, FromEntity, cancellationToken, select).ConfigureAwait(false);

        return found.OrderByDescending(c => c.CreatedAt).ThenBy(c => c.Id, StringComparer.Ordinal).ToArray();
    }

    public async Task<IReadOnlyList<Contribution>> ListByContributorAsync(string contributorKey, CancellationToken cancellationToken)
    {
        var found = new List<Contribution>();
        foreach (var (roundId, id) in await index.ListAsync(contributorKey, ContributorIndex.ContributionPrefix, cancellationToken).ConfigureAwait(false))
        {
            // An index row without its item means a save failed half way: skip it (forget me still removes the row).
            if (await GetAsync(roundId, id, cancellationToken).ConfigureAwait(false) is { } contribution && contribution.ContributorKey == contributorKey)
            {
                found.Add(contribution);
            }
        }

        return found.OrderByDescending(c => c.CreatedAt).ToArray();
    }

    public async Task SaveVectorAsync(string roundId, string contributionId, byte[] vector, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(vector);
        var patch = new TableEntity(TableKeys.Sanitise(roundId), TableKeys.Sanitise(contributionId)) { [VectorProperty] = vector };
        // Merge with the row as it is; a contribution erased meanwhile stays erased (404 is not an error here).
        try
        {
            await Table.UpdateEntityAsync(patch, ETag.All, TableUpdateMode.Merge, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException ex) when (ex.Status == (int)HttpStatusCode.NotFound)
        {
        }
    }

    public async Task SetContactAsync(string roundId, string contributionId, bool mayContact, CancellationToken cancellationToken)
    {
        var patch = new TableEntity(TableKeys.Sanitise(roundId), TableKeys.Sanitise(contributionId)) { ["MayContact"] = mayContact };
        try
        {
            await Table.UpdateEntityAsync(patch, ETag.All, TableUpdateMode.Merge, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException ex) when (ex.Status == (int)HttpStatusCode.NotFound)
        {
        }
    }

    public async Task DeleteAsync(Contribution contribution, CancellationToken cancellationToken)
    {
        await Table.DeleteEntityAsync(TableKeys.Sanitise(contribution.RoundId), TableKeys.Sanitise(contribution.Id), ETag.All, cancellationToken).ConfigureAwait(false);
        await index.RemoveAsync(contribution.ContributorKey, ContributorIndex.ContributionPrefix, contribution.RoundId, contribution.Id, cancellationToken).ConfigureAwait(false);
    }

    private static TableEntity ToEntity(Contribution c) => new(TableKeys.Sanitise(c.RoundId), TableKeys.Sanitise(c.Id))
    {
        ["RoundId"] = c.RoundId,
        ["Id"] = c.Id,
        ["Kind"] = c.Kind.ToString(),
        ["Text"] = c.Text,
        ["Role"] = c.Role.ToString(),
        ["Consent"] = c.Consent.ToString(),
        ["ContributorKey"] = c.ContributorKey,
        ["CreditName"] = c.CreditName,
        ["BuildsOnId"] = c.BuildsOnId,
        ["CreatedAt"] = c.CreatedAt,
        ["SubmissionId"] = c.SubmissionId,
        [VectorProperty] = c.Vector,
        ["Imported"] = c.Imported,
        ["MayContact"] = c.MayContact,
    };

    private static Contribution FromEntity(TableEntity e) => new(
        e.GetString("RoundId"),
        e.GetString("Id"),
        Enum.Parse<ContributionKind>(e.GetString("Kind")),
        e.GetString("Text"),
        Enum.Parse<ContributorRole>(e.GetString("Role")),
        Enum.Parse<ConsentLevel>(e.GetString("Consent")),
        e.GetString("ContributorKey"),
        e.GetString("CreditName"),
        e.GetString("BuildsOnId"),
        e.GetDateTimeOffset("CreatedAt") ?? DateTimeOffset.MinValue,
        e.GetString("SubmissionId"),
        e.GetBinary(VectorProperty),
        e.GetBoolean("Imported") ?? false,
        // Rows from before people were asked count as "do not contact".
        e.GetBoolean("MayContact") ?? false);
}
