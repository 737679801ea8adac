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
        // Compressed: as plain text a row holds well under a million characters, the spreadsheet of a few thousand
        // stories and ideas; a spreadsheet compresses about sevenfold.
        if (!CompressedText.TryWrite(entity, file.Content))
        {
            throw new PendingFileTooLargeException($"A file of {file.Content.Length} characters is too large to keep, even compressed.");
        }

        return Table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken);
    }

    public async Task<PendingFile?> FindAsync(string fileId, CancellationToken cancellationToken)
    {
        var found = await Table.GetEntityIfExistsAsync<TableEntity>(Partition, TableKeys.Sanitise(fileId), cancellationToken: cancellationToken).ConfigureAwait(false);
        if (!found.HasValue || found.Value is not { } e)
        {
            return null;
        }

        return new PendingFile(e.GetString("FileId"), e.GetString("RecipientId"), e.GetString("FileName"), Content(e), OfferedAt(e), e.GetString("RoundId"));
    }

    public async Task<IReadOnlyList<WaitingFile>> ListWaitingAsync(CancellationToken cancellationToken) =>
        await Table.ListAsync(
            TableClient.CreateQueryFilter($"PartitionKey eq {Partition}"),
            e => new WaitingFile(e.GetString("FileId"), e.GetString("RoundId"), OfferedAt(e)),
            cancellationToken,
            select: ["FileId", "RoundId", "OfferedAt"]).ConfigureAwait(false);

    public Task DeleteAsync(string fileId, CancellationToken cancellationToken) =>
        Table.DeleteEntityAsync(Partition, TableKeys.Sanitise(fileId), ETag.All, cancellationToken);

    /// <summary>Files offered before they were kept compressed are plain text; they wait a day at most, so both are read.</summary>
    private static string Content(TableEntity e) => e.ContainsKey("ZipChunks") ? CompressedText.Read(e) : ChunkedText.Read(e);

    /// <summary>A row without the time (there should be none) reads as long expired.</summary>
    private static DateTimeOffset OfferedAt(TableEntity e) => e.GetDateTimeOffset("OfferedAt") ?? DateTimeOffset.MinValue;
}
