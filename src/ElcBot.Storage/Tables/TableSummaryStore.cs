using System.Globalization;
using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using ElcBot.Core.Summaries;

namespace ElcBot.Storage.Tables;

/// <summary>Summaries as JSON, one partition per round, newest first.</summary>
/// <remarks>
/// A summary of a large round lists tens of thousands of member ids, more than one entity holds (1 MB), so the
/// JSON is spread over rows "{summaryId}_s_00000", "_s_00001", ... and the card over "_c_" rows, written in batches.
/// </remarks>
public sealed class TableSummaryStore(ElcTables tables) : ISummaryStore
{
    private const int RowChars = 30_000;
    private const string SummaryPart = "s";
    private const string CardPart = "c";

    private TableClient Table => tables.Get(TableNames.Summaries);

    /// <remarks>Saving again (words taken out after "forget me") leaves no rows of the longer old text behind.</remarks>
    public async Task SaveAsync(RoundSummary summary, string cardJson, CancellationToken cancellationToken)
    {
        var partition = TableKeys.Sanitise(summary.RoundId);
        var rows = Rows(partition, summary.SummaryId, SummaryPart, JsonSerializer.Serialize(summary))
            .Concat(Rows(partition, summary.SummaryId, CardPart, cardJson))
            .ToArray();
        var written = rows.Select(r => r.RowKey).ToHashSet(StringComparer.Ordinal);
        var prefix = $"{TableKeys.Sanitise(summary.SummaryId)}_";
        var old = await Table.ListAsync(
            TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey ge {prefix} and RowKey lt {prefix[..^1] + "`"}"),
            row => row.RowKey, cancellationToken).ConfigureAwait(false);
        var actions = rows.Select(r => new TableTransactionAction(TableTransactionActionType.UpsertReplace, r))
            .Concat(old.Where(key => !written.Contains(key)).Select(key => new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(partition, key), ETag.All)));
        foreach (var batch in actions.Chunk(100))
        {
            await Table.SubmitTransactionAsync(batch, cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task<RoundSummary?> FindAsync(string roundId, string summaryId, CancellationToken cancellationToken) =>
        await ReadPartAsync(roundId, summaryId, SummaryPart, cancellationToken).ConfigureAwait(false) is { } json ? Parse(json) : null;

    public Task<string?> FindCardAsync(string roundId, string summaryId, CancellationToken cancellationToken) =>
        ReadPartAsync(roundId, summaryId, CardPart, cancellationToken);

    private async Task<string?> ReadPartAsync(string roundId, string summaryId, string part, CancellationToken cancellationToken)
    {
        // Rows of one part sort together: "{id}_{part}_00000" up to, not including, "{id}_{part}`" ('`' follows '_').
        var prefix = $"{TableKeys.Sanitise(summaryId)}_{part}";
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {TableKeys.Sanitise(roundId)} and RowKey ge {prefix + "_"} and RowKey lt {prefix + "`"}");
        var parts = await Table.ListAsync(filter, row => row.GetString("Text"), cancellationToken).ConfigureAwait(false);
        return parts.Count == 0 ? null : string.Concat(parts);
    }

    public async Task<IReadOnlyList<RoundSummary>> ListAsync(string roundId, int max, CancellationToken cancellationToken)
    {
        var summaries = new List<RoundSummary>();
        string? current = null;
        var parts = new List<string>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {TableKeys.Sanitise(roundId)}");
        await foreach (var row in Table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            var (summaryId, part) = Split(row.RowKey);
            if (summaryId != current && parts.Count > 0)
            {
                summaries.Add(Parse(string.Concat(parts)));
                parts.Clear();
                if (summaries.Count == max)
                {
                    return summaries;
                }
            }

            current = summaryId;
            if (part == SummaryPart)
            {
                parts.Add(row.GetString("Text"));
            }
        }

        if (parts.Count > 0 && summaries.Count < max)
        {
            summaries.Add(Parse(string.Concat(parts)));
        }

        return summaries;
    }

    private static IEnumerable<TableEntity> Rows(string partition, string summaryId, string part, string text)
    {
        var id = TableKeys.Sanitise(summaryId);
        // Even empty text gets one row, so the part is found when read back.
        return ChunkedText.Pieces(text, RowChars).DefaultIfEmpty(string.Empty).Select((piece, i) =>
            new TableEntity(partition, $"{id}_{part}_{i.ToString("D5", CultureInfo.InvariantCulture)}") { ["Text"] = piece });
    }

    private static (string SummaryId, string Part) Split(string rowKey)
    {
        var parts = rowKey.Split('_');
        return (parts[0], parts[1]);
    }

    private static RoundSummary Parse(string json) =>
        JsonSerializer.Deserialize<RoundSummary>(json) ?? throw new InvalidDataException("A stored summary could not be read.");
}
