using Azure;
using Azure.Data.Tables;
using ElcBot.Core.Files;

namespace ElcBot.Storage.Tables;

/// <summary>Offered files, one row each, removed once answered.</summary>
public sealed class TablePendingFileStore(ElcTables tables) : IPendingFileStore
{
    private const string Partition = "file";

    private TableClient Table => tables.Get(TableNames.PendingFiles);

    public Task SaveAsync(PendingFile file, CancellationToken cancellationToken)
    {
        var entity = new TableEntity(Partition, TableKeys.Sanitise(file.FileId))
        {
            ["FileId"] = file.FileId,
            ["RecipientId"] = file.RecipientId,
            ["FileName"] = file.FileName,
            ["OfferedAt"] = file.OfferedAt,
        };
        ChunkedText.Write(entity, file.Content);
        return Table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken);
    }

    public async Task<PendingFile?> FindAsync(string fileId, CancellationToken cancellationToken)
    {
        var found = await Table.GetEntityIfExistsAsync<TableEntity>(Partition, TableKeys.Sanitise(fileId), cancellationToken: cancellationToken).ConfigureAwait(false);
        if (!found.HasValue || found.Value is not { } e)
        {
            return null;
        }

        return new PendingFile(e.GetString("FileId"), e.GetString("RecipientId"), e.GetString("FileName"), ChunkedText.Read(e), e.GetDateTimeOffset("OfferedAt") ?? default);
    }

    public Task DeleteAsync(string fileId, CancellationToken cancellationToken) =>
        Table.DeleteEntityAsync(Partition, TableKeys.Sanitise(fileId), ETag.All, cancellationToken);
}
