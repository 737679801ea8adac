using Azure;
using Azure.Data.Tables;
using ElcBot.Core.Updates;

namespace ElcBot.Storage.Tables;

/// <summary>Sealed addresses of people who asked for updates: one row per person, keyed by their contributor key.</summary>
public sealed class TableContactStore(ElcTables tables) : IContactStore
{
    private const string RowKey = "address";

    private TableClient Table => tables.Get(TableNames.Contacts);

    public Task SaveAsync(SealedContact contact, CancellationToken cancellationToken) =>
        Table.UpsertEntityAsync(
            new TableEntity(TableKeys.Sanitise(contact.ContributorKey), RowKey)
            {
                ["ContributorKey"] = contact.ContributorKey,
                ["SealedAddress"] = contact.SealedAddress,
                ["SavedAt"] = contact.SavedAt,
            },
            TableUpdateMode.Replace,
            cancellationToken);

    public async Task<SealedContact?> FindAsync(string contributorKey, CancellationToken cancellationToken)
    {
        var response = await Table.GetEntityIfExistsAsync<TableEntity>(TableKeys.Sanitise(contributorKey), RowKey, cancellationToken: cancellationToken).ConfigureAwait(false);
        return response.HasValue && response.Value is { } e
            ? new SealedContact(e.GetString("ContributorKey"), e.GetString("SealedAddress"), e.GetDateTimeOffset("SavedAt") ?? DateTimeOffset.MinValue)
            : null;
    }

    public Task DeleteAsync(string contributorKey, CancellationToken cancellationToken) =>
        Table.DeleteEntityAsync(TableKeys.Sanitise(contributorKey), RowKey, ETag.All, cancellationToken);
}
