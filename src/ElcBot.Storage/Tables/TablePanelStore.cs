using System.Net;
using Azure;
using Azure.Data.Tables;
using ElcBot.Core.Panels;

namespace ElcBot.Storage.Tables;

/// <summary>Panel members and the change log, each change written in one transaction with its log line.</summary>
public sealed class TablePanelStore(ElcTables tables) : IPanelStore
{
    private TableClient Table => tables.Get(TableNames.Panels);

    public async Task<IReadOnlyList<PanelMember>> ListMembersAsync(string roundId, CancellationToken cancellationToken)
    {
        var members = new List<PanelMember>();
        await foreach (var row in Table.QueryAsync<TableEntity>(PanelRows.Range(roundId, PanelRows.MemberPrefix), cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            members.Add(PanelRows.MemberFrom(row));
        }

        return members.OrderBy(m => m.AddedAt).ToArray();
    }

    public Task SaveMemberAsync(PanelMember member, PanelChange change, CancellationToken cancellationToken) =>
        Table.SubmitTransactionAsync(
            [
                new TableTransactionAction(TableTransactionActionType.UpsertReplace, PanelRows.Member(member)),
                new TableTransactionAction(TableTransactionActionType.Add, PanelRows.Change(change)),
            ],
            cancellationToken);

    public async Task<bool> RemoveMemberAsync(string roundId, string userId, PanelChange change, CancellationToken cancellationToken)
    {
        try
        {
            // Deleting a row that is not there fails the whole transaction, so nothing is logged for it.
            await Table.SubmitTransactionAsync(
                [
                    new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(PanelRows.Partition(roundId), PanelRows.MemberRow(userId)), ETag.All),
                    new TableTransactionAction(TableTransactionActionType.Add, PanelRows.Change(change)),
                ],
                cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status == (int)HttpStatusCode.NotFound)
        {
            return false;
        }
    }

    public async Task<IReadOnlyList<PanelChange>> ListChangesAsync(string roundId, int max, CancellationToken cancellationToken)
    {
        var changes = new List<PanelChange>();
        await foreach (var row in Table.QueryAsync<TableEntity>(PanelRows.Range(roundId, PanelRows.ChangePrefix), maxPerPage: max, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (PanelRows.ChangeFrom(row) is { } change)
            {
                changes.Add(change);
            }

            if (changes.Count == max)
            {
                break;
            }
        }

        return changes;
    }
}
