using System.Net;
using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using ElcBot.Core.Updates;

namespace ElcBot.Storage.Tables;

/// <summary>Facilitators' updates: a partition per round, a row per update (its id comes from the form, so a repeat finds it).</summary>
/// <remarks>A theme's member ids can outgrow one property, so they are kept as JSON across <see cref="ChunkedText"/> properties.</remarks>
public sealed class TableUpdateStore(ElcTables tables, ContributorIndex index) : IUpdateStore
{
    private TableClient Table => tables.Get(TableNames.Updates);

    public async Task<(ProgressUpdate Stored, bool AlreadyThere)> AddAsync(ProgressUpdate update, CancellationToken cancellationToken)
    {
        if (update.AuthorKey is { } author)
        {
            // Indexed first, so "forget me" always finds the updates a facilitator gave.
            await index.AddAsync(author, ContributorIndex.UpdateGivenPrefix, update.RoundId, update.UpdateId, cancellationToken).ConfigureAwait(false);
        }

        try
        {
            await Table.AddEntityAsync(ToEntity(update), cancellationToken).ConfigureAwait(false);
            return (update, false);
        }
        catch (RequestFailedException ex) when (ex.Status == (int)HttpStatusCode.Conflict)
        {
            var existing = await GetAsync(update.RoundId, update.UpdateId, cancellationToken).ConfigureAwait(false);
            return (existing ?? update, true);
        }
    }

    public async Task<IReadOnlyList<ProgressUpdate>> ListForRoundAsync(string roundId, CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {TableKeys.Sanitise(roundId)}");
        var found = await Table.ListAsync(filter, FromEntity, cancellationToken).ConfigureAwait(false);

        return found.OrderByDescending(u => u.CreatedAt).ThenBy(u => u.UpdateId, StringComparer.Ordinal).ToArray();
    }

    public Task ReplaceAsync(ProgressUpdate update, CancellationToken cancellationToken) =>
        Table.UpsertEntityAsync(ToEntity(update), TableUpdateMode.Replace, cancellationToken);

    public async Task<int> ForgetAuthorAsync(string authorKey, CancellationToken cancellationToken)
    {
        var changed = 0;
        foreach (var (roundId, updateId) in await index.ListAsync(authorKey, ContributorIndex.UpdateGivenPrefix, cancellationToken).ConfigureAwait(false))
        {
            if (await GetAsync(roundId, updateId, cancellationToken).ConfigureAwait(false) is { } update && update.AuthorKey == authorKey)
            {
                await ReplaceAsync(update with { AuthorKey = null }, cancellationToken).ConfigureAwait(false);
                changed++;
            }

            await index.RemoveAsync(authorKey, ContributorIndex.UpdateGivenPrefix, roundId, updateId, cancellationToken).ConfigureAwait(false);
        }

        return changed;
    }

    private async Task<ProgressUpdate?> GetAsync(string roundId, string updateId, CancellationToken cancellationToken)
    {
        var response = await Table.GetEntityIfExistsAsync<TableEntity>(TableKeys.Sanitise(roundId), TableKeys.Sanitise(updateId), cancellationToken: cancellationToken).ConfigureAwait(false);
        return response.HasValue && response.Value is { } entity ? FromEntity(entity) : null;
    }

    private static TableEntity ToEntity(ProgressUpdate u)
    {
        var entity = new TableEntity(TableKeys.Sanitise(u.RoundId), TableKeys.Sanitise(u.UpdateId))
        {
            ["RoundId"] = u.RoundId,
            ["UpdateId"] = u.UpdateId,
            ["Subject"] = u.Subject.ToString(),
            ["SubjectId"] = u.SubjectId,
            ["SummaryId"] = u.SummaryId,
            ["ThemeLabel"] = u.ThemeLabel,
            ["Status"] = u.Status.ToString(),
            ["Text"] = u.Text,
            ["AuthorKey"] = u.AuthorKey,
            ["CreatedAt"] = u.CreatedAt,
            ["SubmissionId"] = u.SubmissionId,
        };
        ChunkedText.Write(entity, JsonSerializer.Serialize(u.ContributionIds));
        return entity;
    }

    private static ProgressUpdate FromEntity(TableEntity e) => new(
        e.GetString("RoundId"),
        e.GetString("UpdateId"),
        Enum.Parse<UpdateSubject>(e.GetString("Subject")),
        e.GetString("SubjectId") ?? string.Empty,
        e.GetString("SummaryId"),
        e.GetString("ThemeLabel"),
        JsonSerializer.Deserialize<string[]>(ChunkedText.Read(e) is { Length: > 0 } json ? json : "[]") ?? [],
        Enum.Parse<UpdateStatus>(e.GetString("Status")),
        e.GetString("Text") ?? string.Empty,
        e.GetString("AuthorKey"),
        e.GetDateTimeOffset("CreatedAt") ?? DateTimeOffset.MinValue,
        e.GetString("SubmissionId") ?? string.Empty);
}
