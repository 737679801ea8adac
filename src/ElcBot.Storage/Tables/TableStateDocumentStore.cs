using System.Net;
using Azure;
using Azure.Data.Tables;
using ElcBot.Core.State;

namespace ElcBot.Storage.Tables;

/// <summary>Bot state documents in Table Storage, one entity each, guarded by the entity's ETag.</summary>
/// <remarks>Documents larger than one string property are split across several (see <see cref="ChunkedText"/>).</remarks>
public sealed class TableStateDocumentStore(ElcTables tables) : IStateDocumentStore
{
    private const string RowKey = "state";

    private TableClient Table => tables.Get(TableNames.BotState);

    public async Task<IReadOnlyDictionary<string, StateDocument>> ReadAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        var found = new Dictionary<string, StateDocument>(StringComparer.Ordinal);
        foreach (var key in keys.Distinct(StringComparer.Ordinal))
        {
            var response = await Table.GetEntityIfExistsAsync<TableEntity>(TableKeys.Sanitise(key), RowKey, cancellationToken: cancellationToken).ConfigureAwait(false);
            if (response.HasValue && response.Value is { } entity)
            {
                found[key] = new StateDocument(key, Join(entity), entity.ETag.ToString());
            }
        }

        return found;
    }

    public async Task<string> WriteAsync(StateDocument document, CancellationToken cancellationToken)
    {
        var entity = Split(document);
        try
        {
            Response response;
            if (string.IsNullOrEmpty(document.ETag) || document.ETag == "*")
            {
                response = await Table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                response = await Table.UpdateEntityAsync(entity, new ETag(document.ETag), TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
            }

            return response.Headers.ETag?.ToString() ?? string.Empty;
        }
        catch (RequestFailedException ex) when (ex.Status is (int)HttpStatusCode.PreconditionFailed or (int)HttpStatusCode.NotFound)
        {
            // 412: someone wrote since we read; 404: someone deleted it. Either way our copy is stale.
            throw new StateConflictException(document.Key, ex);
        }
    }

    public async Task DeleteAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        foreach (var key in keys)
        {
            await Table.DeleteEntityAsync(TableKeys.Sanitise(key), RowKey, ETag.All, cancellationToken).ConfigureAwait(false);
        }
    }

    private static TableEntity Split(StateDocument document)
    {
        var entity = new TableEntity(TableKeys.Sanitise(document.Key), RowKey) { ["Key"] = document.Key };
        ChunkedText.Write(entity, document.Json);
        return entity;
    }

    private static string Join(TableEntity entity) => ChunkedText.Read(entity);
}
