using Azure;
using Azure.Data.Tables;
using ElcBot.Core.Files;

namespace ElcBot.Storage.Tables;

/// <summary>Offered files, one row each, removed once answered, expired or erased.</summary>
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
            ["RoundId"] = file.RoundId,
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

        return new PendingFile(e.GetString("FileId"), e.GetString("RecipientId"), e.GetString("FileName"), ChunkedText.Read(e), OfferedAt(e), e.GetString("RoundId"));
    }

    public async Task<IReadOnlyList<WaitingFile>> ListWaitingAsync(CancellationToken cancellationToken) =>
        await Table.ListAsync(
            TableClient.CreateQueryFilter($"PartitionKey eq {Partition}"),
            e => new WaitingFile(e.GetString("FileId"), e.GetString("RoundId"), OfferedAt(e)),
            cancellationToken,
            select: ["FileId", "RoundId", "OfferedAt"]).ConfigureAwait(false);

    public Task DeleteAsync(string fileId, CancellationToken cancellationToken) =>
        Table.DeleteEntityAsync(Partition, TableKeys.Sanitise(fileId), ETag.All, cancellationToken);

    /// <summary>A row without the time (there should be none) reads as long expired.</summary>
    private static DateTimeOffset OfferedAt(TableEntity e) => e.GetDateTimeOffset("OfferedAt") ?? DateTimeOffset.MinValue;
}
