using System.Text.Json;
using Azure.Data.Tables;
using ElcBot.Core.Summaries;

namespace ElcBot.Storage.Tables;

/// <summary>Summaries as JSON, one partition per round; row keys sort newest first.</summary>
public sealed class TableSummaryStore(ElcTables tables) : ISummaryStore
{
    private TableClient Table => tables.Get(TableNames.Summaries);

    public async Task SaveAsync(RoundSummary summary, CancellationToken cancellationToken)
    {
        var entity = new TableEntity(TableKeys.Sanitise(summary.RoundId), TableKeys.Sanitise(summary.SummaryId)) { ["CreatedAt"] = summary.PeriodEnd };
        ChunkedText.Write(entity, JsonSerializer.Serialize(summary));
        await Table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
    }

    public async Task<RoundSummary?> FindAsync(string roundId, string summaryId, CancellationToken cancellationToken)
    {
        var found = await Table.GetEntityIfExistsAsync<TableEntity>(TableKeys.Sanitise(roundId), TableKeys.Sanitise(summaryId), cancellationToken: cancellationToken).ConfigureAwait(false);
        return found.HasValue && found.Value is { } entity ? Read(entity) : null;
    }

    public async Task<IReadOnlyList<RoundSummary>> ListAsync(string roundId, int max, CancellationToken cancellationToken)
    {
        var summaries = new List<RoundSummary>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {TableKeys.Sanitise(roundId)}");
        await foreach (var entity in Table.QueryAsync<TableEntity>(filter, maxPerPage: max, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            summaries.Add(Read(entity));
            if (summaries.Count == max)
            {
                break;
            }
        }

        return summaries;
    }

    private static RoundSummary Read(TableEntity entity) =>
        JsonSerializer.Deserialize<RoundSummary>(ChunkedText.Read(entity)) ?? throw new InvalidDataException("A stored summary could not be read.");
}
