using System.Net;
using Azure;
using Azure.Data.Tables;
using ElcBot.Core.Panels;

namespace ElcBot.Storage.Tables;

/// <summary>Panel members and the change log, each change written in one transaction with its log line.</summary>
public sealed class TablePanelStore(ElcTables tables) : IPanelStore
{
    /// <summary>The most rows Table Storage returns in one page; a larger page size is refused.</summary>
    private const int MaxPage = 1000;

    /// <summary>The most actions Table Storage takes in one transaction.</summary>
    private const int MaxBatch = 100;

    private TableClient Table => tables.Get(TableNames.Panels);

    public async Task<IReadOnlyList<PanelMember>> ListMembersAsync(string roundId, CancellationToken cancellationToken)
    {
        var members = await Table.ListAsync(PanelRows.Range(roundId, PanelRows.MemberPrefix), PanelRows.MemberFrom, cancellationToken).ConfigureAwait(false);

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
        await foreach (var row in Table.QueryAsync<TableEntity>(PanelRows.Range(roundId, PanelRows.ChangePrefix), maxPerPage: Math.Min(max, MaxPage), cancellationToken: cancellationToken).ConfigureAwait(false))
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

    public async Task<int> RewriteChangesAsync(string roundId, Func<PanelChange, PanelChange?> rewrite, CancellationToken cancellationToken)
    {
        var patches = new List<TableTransactionAction>();
        await foreach (var row in Table.QueryAsync<TableEntity>(PanelRows.Range(roundId, PanelRows.ChangePrefix), cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (PanelRows.ChangeFrom(row) is { } change && rewrite(change) is { } after && PanelRows.NamesChanged(row, change, after) is { } patch)
            {
                // Lines are otherwise only ever added, so no ETag is needed: a merge changes just the columns that name people.
                patches.Add(new TableTransactionAction(TableTransactionActionType.UpdateMerge, patch, ETag.All));
            }
        }

        // One partition: lines go a hundred at a time, each batch all or nothing.
        foreach (var batch in patches.Chunk(MaxBatch))
        {
            await Table.SubmitTransactionAsync(batch, cancellationToken).ConfigureAwait(false);
        }

        return patches.Count;
    }
}
